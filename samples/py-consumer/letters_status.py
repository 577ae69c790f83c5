#!/usr/bin/env python3
"""A Python consumer of the advocacy letter format: standard library and jsonschema only.

It validates each letter against the published schema (seeds/letter.schema.json) and prints each letter's status
exactly as `letters status --format json` does, by the tracking rules in the README ("The tracking rules"):
one JSON object per letter, per line.

usage: letters_status.py [--today YYYY-MM-DD] [--schema PATH] FILE...
FILE is a letter (.json) or a corpus (.jsonl). Exit code 0, 1 when a letter does not match the schema, 2 on bad
arguments or an unreadable file.
"""
import argparse
import calendar
import datetime
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
NOT_ADDRESSED = "not-addressed"


def span(text):
    """The first and last day a partial date (2011, 2011-10, 2011-10-06) may stand for."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return datetime.date(parts[0], parts[1], 1), datetime.date(parts[0], parts[1], last)
    day = datetime.date(*parts)
    return day, day


def in_date_order(items):
    """Date order: by first day, then last day, then document order."""
    return [item for _, item in sorted(enumerate(items), key=lambda pair: (*span(pair[1]["date"]), pair[0]))]


def held_on(position, date):
    """held, not-held or uncertain: whether a position was held on a partial date."""
    if date is None:
        return "uncertain"
    first, last = span(date)
    start = span(position["start"]) if position.get("start") else None
    end = span(position["end"]) if position.get("end") else None
    if (start and start[0] > last) or (end and end[1] < first):
        return "not-held"
    if (start is None or start[1] <= first) and (end is None or end[0] >= last):
        return "held"
    return "uncertain"


def status(letter, as_of):
    """The letter's status on the day as_of, as `letters status --format json` writes it."""
    on_record = [r for r in in_date_order(letter.get("responses") or []) if span(r["date"])[0] <= as_of]
    demands = []
    for demand in letter["demands"]:
        dispositions = [
            {"response": r["id"], "date": r["date"], "status": d["status"]}
            for r in on_record for d in (r.get("dispositions") or []) if d["demand"] == demand["id"]
        ]
        demands.append({
            "id": demand["id"],
            "status": dispositions[-1]["status"] if dispositions else None,
            "answered": any(d["status"] != NOT_ADDRESSED for d in dispositions),
            "dispositions": dispositions,
        })

    first_answer = next(
        (r["date"] for r in on_record if any(d["status"] != NOT_ADDRESSED for d in (r.get("dispositions") or []))), None)
    sending = [e for e in in_date_order(letter.get("events") or []) if e["type"] in ("released", "delivered")]
    sent = sending[0]["date"] if sending else letter.get("date")
    days_since_sent = None
    if sent is not None and as_of >= span(sent)[0]:
        days_since_sent = (as_of - span(sent)[0]).days
    answered = any(d["answered"] for d in demands)

    return {
        "letter": letter["id"],
        "asOf": as_of.isoformat(),
        "sent": sent,
        "daysSinceSent": days_since_sent,
        "firstAnswer": first_answer,
        "daysUnanswered": None if answered else days_since_sent,
        "demands": demands,
        "addressees": [
            {"name": a["name"], "positions": [
                {"title": p["title"], "heldOnLetterDate": held_on(p, letter.get("date"))} for p in (a.get("positions") or [])]}
            for a in letter["addressees"]
        ],
    }


def letters_in(path):
    """The letters of a .json file (one) or a .jsonl corpus (one per line)."""
    text = path.read_text(encoding="utf-8-sig" if path.suffix == ".json" else "utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.loads(text)]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--today", type=datetime.date.fromisoformat,
                        default=datetime.datetime.now(datetime.timezone.utc).date())
    parser.add_argument("--schema", type=pathlib.Path, default=ROOT / "seeds" / "letter.schema.json")
    parser.add_argument("files", nargs="+", type=pathlib.Path)
    args = parser.parse_args(argv)

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

    exit_code = 0
    for path in args.files:
        try:
            letters = letters_in(path)
        except (OSError, ValueError) as error:
            print(f"letters_status: {path}: {error}", file=sys.stderr)
            return 2
        for letter in letters:
            error = jsonschema.exceptions.best_match(validator.iter_errors(letter))
            if error is not None:
                print(f"letters_status: {path}: /{'/'.join(str(p) for p in error.absolute_path)}: {error.message[:200]}",
                      file=sys.stderr)
                exit_code = 1
                continue
            print(json.dumps(status(letter, args.today), ensure_ascii=False, separators=(",", ":")))
    return exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
