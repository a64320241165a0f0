#!/usr/bin/env python3
"""Writes catalog/ for the counts set: paint and art supplies.
Lumora (brand A) and Brushwell (brand C) rows are written by hand below;
Pigmenta (brand B) rows are generated with a fixed seed."""
import csv, random, os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "catalog")

def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

write("sources.csv", ["id", "title", "publisher", "published", "language", "ref"], [
    ["lumora-kit-2025", "Lumora retail partners 2025 (press kit)", "Lumora press office", "2025-10-01", "en", "https://example.com/lumora/partners-2025"],
    ["colori-2026", "Colori, pennelli e vernici: chi vende cosa nel 2026 (rivista di settore)", "Belle Arti Retail", "2026-04-10", "it", "https://example.com/belle-arti/2026-04"],
    ["pigmenta-2026", "Pigmenta worldwide stockists, mid-2026", "Pigmenta newsroom", "2026-06-15", "en", "https://example.com/pigmenta/stockists-2026"],
])

write("groups.csv", ["id", "name", "aliases"], [
    ["adeo", "Adeo", "Groupe Adeo"],
    ["tokyu-group", "Tokyu Group", "Tokyu"],
])

retailers = [
    ["artmart", "ArtMart", "chain", "", "Art Mart;artmart.co.uk"],
    ["easel", "Easel", "chain", "", "Easel Belle Arti;easel.it"],
    ["hobbycraft", "Hobbycraft", "chain", "", "Hobby Craft;hobbycraft.co.uk"],
    ["amazon", "Amazon", "online", "", "amazon.co.uk;amazon.de;amazon.it;amazon.fr;amazon.es;amazon.com;amazon.ca;amazon.co.jp;amazon.com.au;amazon.in;amazon.com.br;amazon.com.mx"],
    ["michaels", "Michaels", "chain", "", "Michaels Stores;michaels.com"],
    ["blick", "Blick", "chain", "", "Blick Art Materials;dickblick.com"],
    ["tokyu-hands", "Tokyu Hands", "chain", "tokyu-group", "Hands;Tokyu Hands Shibuya"],
    ["sekaido", "Sekaido", "store", "", "Sekaido Shinjuku"],
    ["gerstaecker", "Gerstaecker", "chain", "", "Gerstäcker;gerstaecker.de"],
    ["colorificio-rossi", "Colorificio Rossi", "store", "", "Rossi;Colorificio Rossi Milano"],
    ["cultura", "Cultura", "chain", "", "cultura.com"],
    ["flying-tiger", "Flying Tiger", "chain", "", "Flying Tiger Copenhagen;Tiger"],
    ["bunnings", "Bunnings", "chain", "", "Bunnings Warehouse;bunnings.com.au"],
    ["leroy-merlin", "Leroy Merlin", "chain", "adeo", "Leroy;leroymerlin.fr;leroymerlin.it"],
    ["bauhaus", "Bauhaus", "chain", "", "bauhaus.info"],
    ["mercado-livre", "Mercado Livre", "online", "", "mercadolivre.com.br"],
    ["takealot", "Takealot", "online", "", "takealot.com"],
    ["art-lounge", "Art Lounge", "store", "", "Art Lounge Mumbai"],
    ["alpha-art", "Alpha Art", "store", "", "Alpha Art Seoul"],
]
write("retailers.csv", ["id", "name", "kind", "group", "aliases"], retailers)

write("categories.csv", ["id", "name_en", "name_it", "aliases"], [
    ["acrylics", "acrylic paints", "colori acrilici", "acrylic;acrylics;acrylic paint;acrylic paints;acrilico;acrilici;colore acrilico;colori acrilici"],
    ["oils", "oil paints", "colori a olio", "oil paint;oil paints;oil colour;oil colours;colore a olio;colori a olio"],
    ["watercolours", "watercolours", "acquerelli", "watercolor;watercolors;watercolour;watercolours;acquerello;acquerelli"],
    ["varnishes", "varnishes and mediums", "vernici e medium", "varnish;varnishes;medium;mediums;vernice;vernici"],
    ["brushes", "brushes", "pennelli", "brush;brushes;paintbrush;paintbrushes;pennello;pennelli"],
    ["wall-paint", "wall paint", "pittura murale", "wall paint;emulsion;house paint;pittura murale;idropittura"],
])

products = [
    # brand A
    ["chalk-white", "Chalk White", "Lumora", "acrylics", "Lumora Chalk White;Chalk White acrylic"],
    ["deep-blue", "Deep Blue", "Lumora", "acrylics", "Lumora Deep Blue;Deep Blue acrylic"],
    ["matte-black", "Matte Black", "Lumora", "acrylics", "Lumora Matte Black"],
    ["studio-set", "Studio Set 24", "Lumora", "acrylics", "Lumora Studio Set;Studio Set;Studio Set 24 colours"],
    ["glow-varnish", "Glow Varnish", "Lumora", "varnishes", "Lumora Glow;Lumora Glow Varnish"],
    ["pocket-palette", "Pocket Palette", "Lumora", "watercolours", "Lumora Pocket Palette"],
    # brand B
    ["ultramarine", "Ultramarine", "Pigmenta", "oils", "Pigmenta Ultramarine;French Ultramarine"],
    ["cadmium-red", "Cadmium Red", "Pigmenta", "oils", "Pigmenta Cadmium Red"],
    ["burnt-sienna", "Burnt Sienna", "Pigmenta", "oils", "Pigmenta Burnt Sienna"],
    ["titanium-white", "Titanium White", "Pigmenta", "oils", "Pigmenta Titanium White"],
    ["rose-madder", "Rose Madder", "Pigmenta", "oils", "Pigmenta Rose Madder"],
    ["sap-green", "Sap Green", "Pigmenta", "watercolours", "Pigmenta Sap Green"],
    ["raw-umber", "Raw Umber", "Pigmenta", "watercolours", "Pigmenta Raw Umber"],
    ["lemon-yellow", "Lemon Yellow", "Pigmenta", "watercolours", "Pigmenta Lemon Yellow"],
    ["cobalt-teal", "Cobalt Teal", "Pigmenta", "watercolours", "Pigmenta Cobalt Teal"],
    ["ivory-black", "Ivory Black", "Pigmenta", "watercolours", "Pigmenta Ivory Black"],
    ["field-box", "Field Box 12", "Pigmenta", "watercolours", "Pigmenta Field Box;Field Box"],
    ["linseed-medium", "Linseed Medium", "Pigmenta", "varnishes", "Pigmenta Linseed Medium;Linseed oil medium"],
    # brand C
    ["round-8", "Round 8", "Brushwell", "brushes", "Brushwell Round 8;Round No. 8"],
    ["flat-wash", "Flat Wash", "Brushwell", "brushes", "Brushwell Flat Wash"],
    # other brand (distractor)
    ["morning-mist", "Morning Mist", "Hearth", "wall-paint", "Hearth Morning Mist"],
    ["harbour-grey", "Harbour Grey", "Hearth", "wall-paint", "Hearth Harbour Grey;Harbor Grey"],
    ["quiet-sage", "Quiet Sage", "Hearth", "wall-paint", "Hearth Quiet Sage"],
]
write("products.csv", ["id", "name", "brand", "category", "aliases"], products)

write("cities.csv", ["id", "name", "country", "aliases"], [
    ["milan", "Milan", "IT", "Milano"],
    ["lugano", "Lugano", "CH", ""],
    ["tokyo", "Tokyo", "JP", "Tokio"],
    ["mumbai", "Mumbai", "IN", "Bombay"],
    ["seoul", "Seoul", "KR", "Seul"],
    ["sao-paulo", "São Paulo", "BR", "Sao Paulo;San Paolo"],
])

write("country_aliases.csv", ["code", "alias"], [
    ["GB", "UK"], ["GB", "U.K."], ["GB", "Britain"], ["GB", "Great Britain"], ["GB", "England"],
    ["GB", "Gran Bretagna"], ["GB", "Inghilterra"], ["US", "USA"], ["US", "U.S."], ["US", "America"],
    ["KR", "Korea"], ["ZA", "SA"],
])

write("events.csv", ["id", "kind", "date", "country", "city", "retailer", "note", "source"], [
    ["lumora-michaels", "agreement", "2025-10-01", "US", "", "michaels", "Lumora and Michaels sign a distribution agreement for North America", "lumora-kit-2025"],
    ["easel-lugano", "store_opening", "2027-02-15", "CH", "lugano", "easel", "Easel opens its first store in Lugano", "colori-2026"],
    ["easel-milan", "store_opening", "2026-05-20", "IT", "milan", "easel", "new Easel flagship store in Milan", "colori-2026"],
    ["pigmenta-india", "market_entry", "2026-03", "IN", "mumbai", "art-lounge", "Pigmenta enters India through Art Lounge", "pigmenta-2026"],
    ["pigmenta-korea", "statement", "2026-06-15", "KR", "seoul", "", "Pigmenta says it has many painters among its customers in South Korea (not a point of sale)", "pigmenta-2026"],
])

H = ["product", "retailer", "country", "status", "since", "paired", "note", "source"]
L = "lumora-kit-2025"; C = "colori-2026"; P = "pigmenta-2026"
rows = [
    # ---- Lumora (brand A), by hand
    ["chalk-white", "artmart", "GB;IE", "available", "2025-03", "yes", "", L],
    ["deep-blue", "artmart", "GB;IE", "available", "2025-03", "yes", "", L],
    ["matte-black", "artmart", "GB", "available", "2025-03", "yes", "", L],
    ["studio-set", "artmart", "GB;IE", "available", "2025-05", "yes", "", L],
    ["glow-varnish", "artmart", "GB", "ended", "2026-02", "yes", "ArtMart stopped selling Glow Varnish", C],
    ["pocket-palette", "artmart", "GB", "announced", "2025-10-01", "yes", "coming to ArtMart stores in 2026", L],
    ["chalk-white", "hobbycraft", "GB", "available", "2025-06", "yes", "", L],
    ["deep-blue", "hobbycraft", "GB", "available", "2025-06", "yes", "", L],
    ["matte-black", "hobbycraft", "GB", "available", "2025-06", "yes", "", L],
    ["pocket-palette", "hobbycraft", "GB", "available", "2025-09", "yes", "", L],
    ["chalk-white", "easel", "IT;CH", "available", "2025-04", "yes", "", C],
    ["deep-blue", "easel", "IT;CH", "available", "2025-04", "yes", "", C],
    ["studio-set", "easel", "IT", "available", "2025-04", "yes", "", C],
    ["glow-varnish", "easel", "IT", "available", "2025-04", "yes", "", C],
    ["pocket-palette", "easel", "CH", "available", "2026-01", "yes", "", C],
    ["matte-black", "easel", "IT;CH", "announced", "2026-04-10", "no", "the source names Easel in Italy and Switzerland without pairing them", C],
    ["chalk-white", "colorificio-rossi", "IT", "available", "2024-11", "yes", "", C],
    ["matte-black", "colorificio-rossi", "IT", "available", "2024-11", "yes", "", C],
    ["glow-varnish", "colorificio-rossi", "IT", "available", "2025-02", "yes", "", C],
    ["chalk-white", "amazon", "GB;DE;US;JP", "available", "2025-01", "yes", "sold online", L],
    ["deep-blue", "amazon", "GB;DE;US", "available", "2025-01", "yes", "sold online", L],
    ["matte-black", "amazon", "US;JP", "available", "2025-02", "yes", "sold online", L],
    ["studio-set", "amazon", "GB;DE", "available", "2025-05", "yes", "sold online", L],
    ["pocket-palette", "amazon", "JP", "available", "2025-09", "yes", "sold online", L],
    ["chalk-white", "michaels", "US;CA", "available", "2025-10", "yes", "", L],
    ["deep-blue", "michaels", "US;CA", "available", "2025-10", "yes", "", L],
    ["studio-set", "michaels", "US", "available", "2025-10", "yes", "", L],
    ["glow-varnish", "michaels", "US;CA", "available", "2025-10", "yes", "", L],
    ["pocket-palette", "michaels", "CA", "announced", "2025-10-01", "yes", "planned for Canadian stores", L],
    ["chalk-white", "tokyu-hands", "JP", "available", "2025-07", "yes", "", L],
    ["deep-blue", "tokyu-hands", "JP", "available", "2025-07", "yes", "", L],
    ["matte-black", "tokyu-hands", "JP", "available", "2025-07", "yes", "", L],
    ["pocket-palette", "tokyu-hands", "JP", "available", "2025-07", "yes", "", L],
    ["studio-set", "tokyu-hands", "JP", "ended", "2025-12", "yes", "Tokyu Hands no longer stocks the Studio Set", L],
    ["chalk-white", "gerstaecker", "DE;AT", "available", "2025-02", "yes", "", L],
    ["deep-blue", "gerstaecker", "DE;AT", "available", "2025-02", "yes", "", L],
    ["matte-black", "gerstaecker", "DE", "available", "2025-02", "yes", "", L],
    ["glow-varnish", "gerstaecker", "DE;AT", "available", "2025-03", "yes", "", L],
    ["studio-set", "gerstaecker", "AT", "available", "2025-05", "yes", "", L],
    ["pocket-palette", "gerstaecker", "DE;AT;CH", "announced", "2026-04-10", "no", "the source names Gerstaecker and the three countries without pairing them", C],
    # ---- Brushwell (brand C), by hand
    ["round-8", "hobbycraft", "GB", "available", "2026-01", "yes", "", C],
    ["round-8", "bunnings", "AU", "available", "2026-01", "yes", "", P],
    ["flat-wash", "bunnings", "NZ", "announced", "2026-06-15", "yes", "due in New Zealand stores", P],
    ["flat-wash", "takealot", "ZA", "available", "2025-11", "yes", "sold online", P],
    # ---- Hearth (wall paint, distractor), by hand
    ["morning-mist", "leroy-merlin", "FR;IT;ES;PT", "available", "2025-03", "yes", "", C],
    ["harbour-grey", "leroy-merlin", "FR;IT;ES", "available", "2025-03", "yes", "", C],
    ["quiet-sage", "leroy-merlin", "BR", "announced", "2026-04-10", "yes", "", C],
    ["morning-mist", "bauhaus", "DE;AT;SE", "available", "2025-06", "yes", "", C],
    ["harbour-grey", "bauhaus", "DE;AT", "ended", "2026-03", "yes", "Bauhaus dropped Harbour Grey", C],
    ["morning-mist", "bunnings", "AU;NZ", "available", "2024-09", "yes", "", P],
    ["harbour-grey", "bunnings", "AU", "available", "2024-09", "yes", "", P],
]

# ---- Pigmenta (brand B), generated
rng = random.Random(20261201)
pig = [p[0] for p in products if p[2] == "Pigmenta"]
# retailer -> countries it sells Pigmenta in
pairs = {
    "amazon": ["US", "GB", "DE", "FR", "ES", "IT", "JP", "CA", "AU", "IN", "BR", "MX"],
    "blick": ["US"], "michaels": ["US", "CA"], "cultura": ["FR"],
    "gerstaecker": ["DE", "AT", "CH"], "sekaido": ["JP"], "tokyu-hands": ["JP"],
    "art-lounge": ["IN"], "alpha-art": ["KR"], "mercado-livre": ["BR"],
    "takealot": ["ZA"], "easel": ["IT", "CH"],
}
for p in pig:
    for r, cs in pairs.items():
        if p == "field-box" and r == "easel":
            continue  # unpaired row below
        if p == "ultramarine":
            chosen = list(cs)  # sold everywhere Pigmenta is
        else:
            chosen = [c for c in cs if rng.random() < 0.55]
        for c in chosen:
            roll = rng.random()
            if roll < 0.06:
                status, since, note = "ended", "2026-05", "no longer stocked"
            elif roll < 0.14:
                status, since, note = "announced", "2026-06-15", "listed as coming soon"
            else:
                status, since, note = "available", rng.choice(["2024-09", "2025-02", "2025-08", "2026-01"]), ""
            rows.append([p, r, c, status, since, "yes", note, P])
rows.append(["field-box", "easel", "IT;CH", "announced", "2026-04-10", "no", "the source names Easel and both countries without pairing them", C])

write("availability.csv", H, rows)
print(len(rows), "availability rows")
