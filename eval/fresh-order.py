#!/usr/bin/env python3
"""Prints the candidate order from which eval/gold-fresh.jsonl's articles were taken (seed 20261206).

Three sources, each read in its printed order; the first 15 articles of each that meet the criterion in
eval/README.md ("Fresh held-out set") were coded, the others skipped with a one-word reason.

- BBC: `politics` records;
- Reuters: records with two or more `places`;
- PolNeAR: train and dev texts of at most 6,000 characters (2015-16 US political news from seven publishers).

Every article id that appears anywhere in the repository at the time the set was made (the other gold files,
golden tests, lexicon notes, docs, README) is excluded, so no article a rule may have been written from is
a candidate. Each list is sorted by id (Reuters by numeric id, PolNeAR by file name) and shuffled with
random.Random(20261206). Run from the repository root with ../shared/corpora present.
"""
import gzip
import json
import os
import random
import re
import subprocess

SEED = 20261206
CORPORA = "../shared/corpora/"

# Ids mentioned anywhere in the repository when the set was made (frozen here, so later mentions of the
# fresh articles themselves do not change the order).
USED_FILE = "eval/fresh-excluded-ids.txt"
if os.path.exists(USED_FILE):
    used = {l.strip() for l in open(USED_FILE) if l.strip() and not l.startswith("#")}
else:
    out = subprocess.run(
        ["git", "grep", "-h", "-o", "-E", r"(bbc-[a-z]+-[0-9]+|reuters-[0-9]+|[a-z-]+_20[0-9]{2}-[0-9]{2}-[0-9]{2}_[a-z0-9-]+)"],
        capture_output=True, text=True).stdout
    used = set(out.split())
    with open(USED_FILE, "w") as f:
        f.write("# article ids mentioned in the repository on 2026-12-06, before the fresh set was chosen\n")
        f.write("\n".join(sorted(used)) + "\n")

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
