#!/usr/bin/env python3
"""Counts availability facts (one product, one retailer, one country) from catalog/*.csv,
expanding ';' country lists, by brand and by any filter given on the command line:
  count_facts.py                      totals per brand
  count_facts.py brand=Pigmenta country=JP
  count_facts.py product=ultramarine
"""
import csv, sys, os
from collections import Counter, defaultdict
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "catalog")
def rd(n): return list(csv.DictReader(open(os.path.join(D, n), encoding="utf-8")))
prod = {p["id"]: p for p in rd("products.csv")}
ret = {r["id"]: r["name"] for r in rd("retailers.csv")}
facts = []
seen = set()
for a in rd("availability.csv"):
    for c in a["country"].split(";"):
        k = (a["product"], a["retailer"], c)
        assert k not in seen, ("duplicate fact", k)
        seen.add(k)
        facts.append(dict(product=a["product"], brand=prod[a["product"]]["brand"], category=prod[a["product"]]["category"],
                          retailer=a["retailer"], country=c, status=a["status"], paired=a["paired"]))
flt = dict(x.split("=", 1) for x in sys.argv[1:])
sel = [f for f in facts if all(f[k] == v for k, v in flt.items())]
if not flt:
    for b, n in Counter(f["brand"] for f in facts).most_common():
        fb = [f for f in facts if f["brand"] == b]
        live = [f for f in fb if f["paired"] == "yes" and f["status"] != "ended"]
        print(f"{b}: {n} facts ({len(live)} paired not ended, {sum(f['status']=='ended' for f in fb)} ended, {sum(f['paired']=='no' for f in fb)} unpaired); "
              f"{len({f['retailer'] for f in fb})} retailers, {len({f['country'] for f in fb})} countries, {len({f['product'] for f in fb})} products")
    print("total facts", len(facts))
    sys.exit()
live = [f for f in sel if f["paired"] == "yes" and f["status"] != "ended"]
print(f"{len(sel)} facts ({len(live)} paired not ended, {sum(f['status']=='ended' for f in sel)} ended, {sum(f['paired']=='no' for f in sel)} unpaired)")
by_r = defaultdict(set); by_c = defaultdict(set)
for f in sel: by_r[f["retailer"]].add(f["country"]); by_c[f["country"]].add(f["retailer"])
print("retailers", len(by_r), sorted((ret[r], "live" if any(g["retailer"] == r for g in live) else "NOT LIVE") for r in by_r))
print("countries", len(by_c), sorted((c, "live" if any(g["country"] == c for g in live) else "NOT LIVE") for c in by_c))
print("products", sorted({f["product"] for f in sel}))
