#!/usr/bin/env python3
# Writes questions.jsonl. The name lists below were copied from the output of count_facts.py
# (see README.md of this set); expectations were written before the bot answered anything.
import json
LUM_R = ["Amazon", "ArtMart", "Colorificio Rossi", "Easel", "Gerstaecker", "Hobbycraft", "Michaels", "Tokyu Hands"]
LUM_C_EN = ["Austria", "Canada", "Switzerland", "Germany", "United Kingdom", "Ireland", "Italy", "Japan", "United States"]
LUM_C_IT = ["Austria", "Canada", "Svizzera", "Germania", "Regno Unito", "Irlanda", "Italia", "Giappone", "Stati Uniti"]
ULT_R = ["Alpha Art", "Amazon", "Art Lounge", "Blick", "Cultura", "Easel", "Gerstaecker", "Mercado Livre", "Michaels", "Sekaido", "Takealot", "Tokyu Hands"]
ULT_C_EN = ["Austria", "Australia", "Brazil", "Canada", "Switzerland", "Germany", "Spain", "France", "United Kingdom", "India", "Italy", "Japan", "South Korea", "Mexico", "United States", "South Africa"]
ULT_C_IT = ["Austria", "Australia", "Brasile", "Canada", "Svizzera", "Germania", "Spagna", "Francia", "Regno Unito", "India", "Italia", "Giappone", "Corea del Sud", "Messico", "Stati Uniti", "Sudafrica"]
AMZ_C_EN = ["Australia", "Brazil", "Canada", "Germany", "Spain", "France", "United Kingdom", "India", "Italy", "Japan", "Mexico", "United States"]
AMZ_C_IT = ["Australia", "Brasile", "Canada", "Germania", "Spagna", "Francia", "Regno Unito", "India", "Italia", "Giappone", "Messico", "Stati Uniti"]
VAR_R = ["Alpha Art", "Amazon", "Art Lounge", "Blick", "Colorificio Rossi", "Cultura", "Easel", "Gerstaecker", "Mercado Livre", "Michaels", "Tokyu Hands"]
VAR_C_EN = ["Austria", "Australia", "Brazil", "Canada", "Switzerland", "Germany", "Spain", "France", "India", "Italy", "Japan", "South Korea", "Mexico", "United States"]
BW_R = ["Hobbycraft", "Bunnings", "Takealot"]
BW_C_EN = ["United Kingdom", "Australia", "New Zealand", "South Africa"]
BW_C_IT = ["Regno Unito", "Australia", "Nuova Zelanda", "Sudafrica"]

W_LUM = ("Lumora: 61 facts after expanding country lists (54 paired not ended, 2 ended: glow-varnish,artmart,GB and "
         "studio-set,tokyu-hands,JP; 5 unpaired: matte-black,easel,IT;CH and pocket-palette,gerstaecker,DE;AT;CH), "
         "8 retailers, 9 countries, each with at least one paired fact that has not ended")
W_PIG = ("Pigmenta: 184 facts (176 paired not ended, 6 ended, 2 unpaired: field-box,easel,IT;CH), 12 retailers, 16 countries; "
         "more than the 100 an 'all' list shows, far below the cap of 10,000")
W_ULT = ("ultramarine: 27 rows, one country each (26 paired not ended, 1 ended: ultramarine,michaels,CA), at all 12 Pigmenta "
         "retailers in all 16 Pigmenta countries")
W_AMZ = "Pigmenta at amazon: 77 facts (75 paired not ended, 2 ended) in 12 countries: US GB DE FR ES IT JP CA AU IN BR MX"
W_JP = "Pigmenta in JP: 18 facts (16 not ended) at amazon, sekaido, tokyu-hands"
W_GER = "Pigmenta at gerstaecker: 22 facts (21 not ended) in DE, AT, CH"
W_BW = ("Brushwell: 4 facts, all paired, not ended: round-8,hobbycraft,GB; round-8,bunnings,AU; flat-wash,bunnings,NZ (announced); "
        "flat-wash,takealot,ZA")
W_VAR = ("category varnishes (glow-varnish, linseed-medium): 28 facts; retailers and countries with a fact not ended listed; "
         "ArtMart and GB only through the ended glow-varnish,artmart,GB row, so not required")

Q = []
def q(qid, text, lang, expect, why, includes=None, excludes=None, conv=None, count=None):
    d = {"id": qid, "q": text, "lang": lang, "expect": expect}
    if includes: d["includes"] = includes
    if excludes: d["excludes"] = excludes
    if count is not None: d["count"] = count
    if conv: d["conv"] = conv
    d["why"] = why
    Q.append(d)

NOTALL = ["narrow", "at least"]
# brand A, 25-90 facts: a plain list is cut with the hint; "all" shows every fact
q("k01", "where can I buy all Lumora products?", "en", "list", W_LUM + "; 61 <= 100 so 'all' shows every fact: no 'narrow'", ["Lumora"] + LUM_R + LUM_C_EN, NOTALL)
q("k02", "where can I buy Lumora?", "en", "list", W_LUM + "; a plain list shows about five lines, the rest is counted with '… and N more (ask “all” to see them)'", ["Lumora", "more", "all"], NOTALL)
q("k03", "dove posso comprare tutti i prodotti Lumora?", "it", "list", W_LUM + "; Italian country names", ["Lumora"] + LUM_R + LUM_C_IT)
q("k04", "dove trovo Lumora?", "it", "list", W_LUM, ["Lumora"])
q("k05", "where is Lumora sold?", "en", "list", W_LUM + "; cut, with the hint to ask all", ["Lumora", "more", "all"], NOTALL, conv="lum-en")
q("k06", "all", "en", "list", W_LUM + "; the follow-up the hint asks for: every fact, so every retailer and country", LUM_R + LUM_C_EN, NOTALL, conv="lum-en")
q("k07", "dove si trova Lumora?", "it", "list", W_LUM, ["Lumora"], conv="lum-it")
q("k08", "tutti", "it", "list", W_LUM + "; the follow-up asking for all, in Italian: every retailer and every country in Italian", LUM_R + LUM_C_IT, conv="lum-it")
q("k09", "where can i get all the lumora stuff", "en", "list", W_LUM, LUM_R + LUM_C_EN, NOTALL)
# brand B, 150-400 facts: more than "all" shows
q("k10", "where can I buy all Pigmenta products?", "en", "list", W_PIG + "; 'all' past 100 facts says to narrow the question; not 'at least' (under 10,000)", ["Pigmenta", "narrow"], ["at least"])
q("k11", "where can I buy Pigmenta?", "en", "list", W_PIG + "; 'ask all' is offered only where all shows them; past 100 the line says to narrow", ["Pigmenta", "narrow"], ["at least"])
q("k12", "dove posso comprare tutti i prodotti Pigmenta?", "it", "list", W_PIG, ["Pigmenta"])
q("k13", "where do they sell Pigmenta?", "en", "list", W_PIG, ["Pigmenta", "narrow"], ["at least"], conv="pig-en")
q("k14", "all", "en", "list", W_PIG + "; asked for all, still more than 100: narrow", ["narrow"], ["at least"], conv="pig-en")
q("k15", "and at Amazon?", "en", "list", W_AMZ + "; 77 <= 100, so no 'narrow'", ["Amazon"], ["narrow", "at least"], conv="pig-en")
q("k16", "all", "en", "list", W_AMZ + "; all 77 shown: every country", ["Amazon"] + AMZ_C_EN, ["narrow", "at least"], conv="pig-en")
q("k17", "dove posso comprare tutto Pigmenta su Amazon?", "it", "list", W_AMZ + "; Italian country names", ["Amazon"] + AMZ_C_IT)
q("k18", "where can I buy all Pigmenta in Japan?", "en", "list", W_JP, ["Pigmenta", "Amazon", "Sekaido", "Tokyu Hands", "Japan"], NOTALL)
q("k19", "dove trovo tutti i Pigmenta in Giappone?", "it", "list", W_JP, ["Amazon", "Sekaido", "Tokyu Hands", "Giappone"])
q("k20", "where can I buy all Pigmenta Ultramarine?", "en", "list", W_ULT + "; 27 <= 100", ["Ultramarine"] + ULT_R + ULT_C_EN, NOTALL)
q("k21", "where can I find Ultramarine?", "en", "list", W_ULT + "; a plain list of 27 facts is cut, with the hint", ["Ultramarine", "more", "all"], NOTALL, conv="ult-en")
q("k22", "show all", "en", "list", W_ULT, ULT_R + ULT_C_EN, NOTALL, conv="ult-en")
q("k23", "dove posso trovare Pigmenta Ultramarine? mostrali tutti", "it", "list", W_ULT + "; Italian country names", ["Ultramarine"] + ULT_R + ULT_C_IT)
q("k24", "where can I buy all Pigmenta at Gerstaecker?", "en", "list", W_GER, ["Gerstaecker", "Germany", "Austria", "Switzerland"], NOTALL)
# brand C, fewer than 10 facts
q("k25", "where can I buy Brushwell?", "en", "list", W_BW, ["Brushwell"] + BW_R + BW_C_EN, NOTALL)
q("k26", "dove posso comprare i pennelli Brushwell?", "it", "list", W_BW + "; Italian country names", BW_R + BW_C_IT)
# a category between 25 and 100 facts
q("k27", "where can I buy all varnishes?", "en", "list", W_VAR, VAR_R + VAR_C_EN, NOTALL)
# counts of the same facts
q("k28", "how many retailers sell Lumora?", "en", "count", W_LUM + ": amazon, artmart, colorificio-rossi, easel, gerstaecker, hobbycraft, michaels, tokyu-hands", count=8)
q("k29", "in quanti paesi si trova Pigmenta?", "it", "count", W_PIG + ": AT AU BR CA CH DE ES FR GB IN IT JP KR MX US ZA, each with a paired fact not ended", count=16)
q("k30", "how many countries is Brushwell sold in?", "en", "count", W_BW + ": GB, AU, NZ, ZA", count=4)

with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__))), "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions")
