"""The schema in Python's jsonschema (Debian's python3-jsonschema), with its format checker.

usage: python3 cross_check.py SCHEMA.json CASES.json > VERDICTS.json
Prints {"case name": true/false} for every case; the comparison is in cross-check.mjs.
"""
import json
import sys

import jsonschema

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    cases = json.load(f)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

verdicts = {}
for case in cases:
    with open(case["file"], encoding="utf-8") as f:
        verdicts[case["name"]] = validator.is_valid(json.load(f))
json.dump(verdicts, sys.stdout, indent=1)
