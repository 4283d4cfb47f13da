#!/usr/bin/env python3
"""Deterministic Traffy-format benchmark input built from the real canonical export: every real row is repeated with
new ticket ids until the requested count, and nine in ten copies are moved into Saraburi (province, district and
subdistrict names and coordinates from the demo's public facts) so the installation accepts them; the rest stay in
Bangkok and are reported as outside the province. BOM, multi-line comments, {a,b} labels and Thai states are kept.
    make_traffy_rows.py <canonical.csv> <saraburi-facts.csv> <count> <out.csv>"""
import csv
import sys

source, facts_path, count, target = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
csv.field_size_limit(10_000_000)
with open(facts_path, encoding="utf-8", newline="") as f:
    facts = list(csv.DictReader(f))
districts = {r["code"]: r for r in facts if len(r["code"]) == 4}
tambons = [r for r in facts if len(r["code"]) == 6]
with open(source, encoding="utf-8-sig", newline="") as f:
    reader = csv.DictReader(f)
    header = reader.fieldnames
    rows = [r for r in reader if r["ticket_id"].strip()]

with open(target, "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=header, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for n in range(count):
        row = dict(rows[n % len(rows)])
        row["ticket_id"] = f"B{n:06d}-{row['ticket_id']}"
        if n % 10 != 9:
            place = tambons[(n * 7919) % len(tambons)]
            lat = float(place["lat"]) + ((n % 11) - 5) * 0.0007
            lon = float(place["lon"]) + ((n % 13) - 6) * 0.0007
            row["coords"] = f"{lon:.5f},{lat:.5f}"
            row["province"] = "สระบุรี"
            row["district"] = districts[place["code"][:4]]["name_th"]
            row["subdistrict"] = place["name_th"]
        writer.writerow(row)
