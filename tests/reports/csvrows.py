"""Prints the rows of a CSV file as a JSON array of arrays, as Python's csv module reads it."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
