#!/usr/bin/env python3
"""Prints the place mentions from which eval/places-gold.jsonl was taken, by the rule in eval/README.md
("Places set"), with 80 characters of context each side. Run from the repository root with ../shared/corpora
present (or pass the corpora folder as the first argument).

Rule, fixed before any geocoder output was seen: BBC records sorted by id, every 15th (0, 15, 30, ...);
Reuters-21578 records sorted by numeric id, every 150th; ids in eval/gold-*.jsonl skipped; the two lists
interleaved (BBC, Reuters, BBC, ...). In each article, the first four capitalised word sequences (1-4 words
of letters and hyphens, "of"/"de"/"al" allowed inside, words split by spaces or a line break) right after a
lower-case "in", "at" or "near". A candidate that is
not a place (a month, a firm, a person, an event) is dropped by hand with its reason; the others are kept
until 150 place mentions are reached, each checked by reading the text.
"""
import glob
import gzip
import json
import re
import sys

CORPORA = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/"
gold_ids = set()
for f in glob.glob("eval/gold-*.jsonl"):
    for line in open(f):
        if line.strip():
            gold_ids.add(json.loads(line)["id"])

bbc = [json.loads(l) for l in open(CORPORA + "bbc/bbc-2004-2005.jsonl")]
bbc.sort(key=lambda r: r["id"])
reuters = [json.loads(l) for l in gzip.open(CORPORA + "reuters/reuters-21578.jsonl.gz", "rt")]
reuters.sort(key=lambda r: int(r["id"].split("-")[1]))
bbc = [r for i, r in enumerate(bbc) if i % 15 == 0 and r["id"] not in gold_ids]
reuters = [r for i, r in enumerate(reuters) if i % 150 == 0 and r["id"] not in gold_ids]
order = []
for i in range(max(len(bbc), len(reuters))):
    order += ([bbc[i]] if i < len(bbc) else []) + ([reuters[i]] if i < len(reuters) else [])

WORD = r"[A-Z][A-Za-z-]*"
SEP = r"(?:[ \n]+(?:of[ \n]+|de[ \n]+|al-|al[ \n]+)?)"
PATTERN = re.compile(r"\b(?:in|at|near)[ \n]+(" + WORD + r"(?:" + SEP + WORD + r"){0,3})")
for r in order:
    text = r["text"]
    corpus = "bbc" if r["id"].startswith("bbc") else "reuters"
    for m in list(PATTERN.finditer(text))[:4]:
        b, e = m.span(1)
        ctx = text[max(0, b - 80):e + 80].replace("\n", " ")
        print(json.dumps({"corpus": corpus, "id": r["id"], "mention": re.sub(r"\s+", " ", m.group(1)), "begin": b, "end": e,
                          "context": ctx}, ensure_ascii=False))
