#!/usr/bin/python3
"""Validates SARIF files against the published SARIF 2.1.0 JSON schema (beside this script).

Usage: validate.py FILE...   Exit status 0 when every file is valid, 1 otherwise.
The schema is sarif-2.1/schema/sarif-schema-2.1.0.json of github.com/oasis-tcs/sarif-spec
(commit e0583813964ec43cea53b6b531b402866095ed1f, OASIS errata01).
"""
import json
import os
import sys

import jsonschema

schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sarif-schema-2.1.0.json")
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft4Validator(schema)

status = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        status = 1
sys.exit(status)
