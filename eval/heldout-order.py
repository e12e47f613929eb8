#!/usr/bin/env python3
"""Prints the candidate order from which eval/gold-heldout.jsonl's articles were taken (seed 20261129).

BBC politics records and Reuters records with two or more `places`, both minus the articles of
gold-events.jsonl, sorted by id and shuffled with random.Random(20261129). Articles were then read in
this order and the first five of each that met the criteria in eval/README.md were coded.
Run from the worktree root with ../shared/corpora present.
"""
import gzip
import json
import random

SEED = 20261129
CORPORA = "../shared/corpora/"
gold = {json.loads(l)["id"] for l in open("eval/gold-events.jsonl")}
bbc = [json.loads(l) for l in open(CORPORA + "bbc/bbc-2004-2005.jsonl")]
bbc = sorted((d for d in bbc if d["category"] == "politics" and d["id"] not in gold), key=lambda d: d["id"])
random.Random(SEED).shuffle(bbc)
reu = [json.loads(l) for l in gzip.open(CORPORA + "reuters/reuters-21578.jsonl.gz", "rt")]
reu = sorted(
    (d for d in reu if len(d.get("places") or []) >= 2 and d["id"] not in gold),
    key=lambda d: int(d["id"].split("-")[1]),
)
random.Random(SEED).shuffle(reu)
for d in bbc[:25]:
    print(d["id"], "|", d["title"])
print()
for d in reu[:40]:
    print(d["id"], d["places"], "|", d["title"])
