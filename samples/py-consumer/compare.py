"""Compares two JSON Lines outputs object by object (CI: letters_status.py against `letters status --format json`).

usage: compare.py EXPECTED.jsonl ACTUAL.jsonl; prints the first differences and exits 1 if there are any.
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    expected = [json.loads(line) for line in f if line.strip()]
with open(sys.argv[2], encoding="utf-8") as f:
    actual = [json.loads(line) for line in f if line.strip()]

differences = [(e, a) for e, a in zip(expected, actual) if e != a]
for e, a in differences[:3]:
    print(f"letter {e.get('letter')}:\n  letters status: {json.dumps(e, ensure_ascii=False)[:600]}\n  Python:         {json.dumps(a, ensure_ascii=False)[:600]}")
if len(expected) != len(actual):
    print(f"letters status wrote {len(expected)} objects, the Python consumer {len(actual)}")
print(f"{len(expected)} letters compared: {len(differences)} differing")
sys.exit(1 if differences or len(expected) != len(actual) or not expected else 0)
