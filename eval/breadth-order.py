#!/usr/bin/env python3
"""Prints the candidate order from which eval/gold-breadth.jsonl's articles were taken (seed 20261130).

BBC politics records with numeric id < 200 and Reuters records with two or more `places` and numeric
id < 11000, both minus the articles of gold-events.jsonl and gold-heldout.jsonl, sorted by id (Reuters
by numeric id) and shuffled with random.Random(20261130). Articles were then read in this order and the
first seven of each that met the criteria in eval/README.md ("Breadth development set") were coded.
Run from the worktree root with ../shared/corpora present. Each candidate read is marked with the
decision taken (TAKEN, or "skip: <reason>"); reading stopped at the seventh article taken.
"""
import gzip
import json
import random

SEED = 20261130
CORPORA = "../shared/corpora/"
DECISIONS = {
    # BBC: "about relations between countries, or between parties/government/other groups, with at
    # least one coded interaction"
    "bbc-politics-115": "skip: research",
    "bbc-politics-044": "skip: royal",
    "bbc-politics-048": "TAKEN",
    "bbc-politics-104": "skip: royal",
    "bbc-politics-041": "skip: profile",
    "bbc-politics-105": "TAKEN",
    "bbc-politics-031": "TAKEN",
    "bbc-politics-092": "skip: policy",
    "bbc-politics-029": "skip: administrative",
    "bbc-politics-082": "TAKEN",
    "bbc-politics-005": "TAKEN",
    "bbc-politics-134": "skip: hunting",
    "bbc-politics-012": "TAKEN",
    "bbc-politics-079": "skip: electoral",
    "bbc-politics-187": "TAKEN",
    # Reuters: "a clear international or political interaction: diplomacy, trade dispute, threat,
    # military action, aid, sanctions, protest"; commodity, market, company, statistical skipped
    "reuters-10299": "TAKEN",
    "reuters-6916": "skip: company",
    "reuters-1421": "skip: market",
    "reuters-8978": "skip: commodity",
    "reuters-8473": "skip: banking",
    "reuters-5243": "skip: company",
    "reuters-8044": "TAKEN",
    "reuters-7405": "skip: banking",
    "reuters-1687": "skip: company",
    "reuters-6061": "TAKEN",
    "reuters-3692": "skip: company",
    "reuters-1552": "skip: assessment",
    "reuters-3534": "skip: banking",
    "reuters-7713": "skip: market",
    "reuters-5655": "skip: commodity",
    "reuters-176": "skip: commodity",
    "reuters-9847": "TAKEN",
    "reuters-2202": "skip: company",
    "reuters-5895": "TAKEN",
    "reuters-9913": "skip: market",
    "reuters-932": "skip: company",
    "reuters-4345": "skip: shipping",
    "reuters-8038": "TAKEN",
    "reuters-3064": "TAKEN",
}


def num(d):
    return int(d["id"].rsplit("-", 1)[1])


used = set()
for f in ("eval/gold-events.jsonl", "eval/gold-heldout.jsonl"):
    used |= {json.loads(l)["id"] for l in open(f) if l.strip()}
bbc = [json.loads(l) for l in open(CORPORA + "bbc/bbc-2004-2005.jsonl")]
bbc = sorted(
    (d for d in bbc if d["category"] == "politics" and num(d) < 200 and d["id"] not in used),
    key=lambda d: d["id"],
)
random.Random(SEED).shuffle(bbc)
reu = [json.loads(l) for l in gzip.open(CORPORA + "reuters/reuters-21578.jsonl.gz", "rt")]
reu = sorted(
    (d for d in reu if len(d.get("places") or []) >= 2 and num(d) < 11000 and d["id"] not in used),
    key=num,
)
random.Random(SEED).shuffle(reu)
for d in bbc[:20]:
    print(d["id"], "|", d["title"], "|", DECISIONS.get(d["id"], "-"))
print()
for d in reu[:30]:
    print(d["id"], d.get("date", "")[:10], d["places"], "|", d["title"], "|", DECISIONS.get(d["id"], "-"))
