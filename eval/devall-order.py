#!/usr/bin/env python3
"""Prints the candidate order from which eval/gold-devall.jsonl's articles were taken (seed 20261207).

The development twin of the fresh held-out set: the same three sources and the same criteria and coding
conventions (eval/README.md, "Fresh held-out set"), but a different seed, and every article that
eval/fresh-order.py lists as a held-out candidate is excluded, so the two sets never share an article (they were
made at the same time). Unlike the held-out set this one MAY be used to write rules.
Run from the repository root with ../shared/corpora present.
"""
import gzip
import json
import os
import random

SEED = 20261207
CORPORA = "../shared/corpora/"
used = {l.strip() for l in open("eval/fresh-excluded-ids.txt") if l.strip() and not l.startswith("#")}
import subprocess
held_out_candidates = subprocess.run(["python3", "eval/fresh-order.py"], capture_output=True, text=True).stdout
used |= {l.split()[0] for l in held_out_candidates.splitlines() if l.strip() and not l.startswith("#")}

bbc = [json.loads(l) for l in open(CORPORA + "bbc/bbc-2004-2005.jsonl")]
bbc = sorted((d for d in bbc if d["category"] == "politics" and d["id"] not in used), key=lambda d: d["id"])
random.Random(SEED).shuffle(bbc)
reu = [json.loads(l) for l in gzip.open(CORPORA + "reuters/reuters-21578.jsonl.gz", "rt")]
reu = sorted((d for d in reu if len(d.get("places") or []) >= 2 and d["id"] not in used),
             key=lambda d: int(d["id"].split("-")[1]))
random.Random(SEED).shuffle(reu)
pol = []
for split in ("train", "dev"):
    folder = CORPORA + "polnear/" + split + "/text/"
    for name in os.listdir(folder):
        stem = name[:-4]
        if name.endswith(".txt") and os.path.getsize(folder + name) <= 6000 and stem not in used:
            pol.append((split + "/" + stem, open(folder + name, encoding="utf-8").read().split("\n", 1)[0]))
pol.sort()
random.Random(SEED).shuffle(pol)
print("# BBC politics")
for d in bbc[:60]:
    print(d["id"], "|", d["title"])
print("\n# Reuters (two or more places)")
for d in reu[:120]:
    print(d["id"], d["places"], "|", d["title"])
print("\n# PolNeAR (train and dev, at most 6,000 characters)")
for pid, first in pol[:60]:
    print(pid, "|", first[:90])
