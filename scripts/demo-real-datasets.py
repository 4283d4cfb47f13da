#!/usr/bin/env python3
"""Converts the real public datasets the demo catalog carries from ../shared/data/stats (see its README for sources
and licences) into small CSVs under OpsCenter.Domain/Persistence/Demo/RealData, one set per demo province:

  {code}-dopa-population-2567.csv  DOPA registered population and households by registration office and subdistrict,
                                   BE 2567, with the subdistrict's DOPA code where its name places it in the province
  {code}-pao-budget.csv            the province's PAO budget ordinance, BE 2565 and 2566, by area (ด้าน) and plan
  tpmap-2561-provinces.csv         TPMAP 2561 counts of poor people and households for every province (a comparison)

Run from the repository root: scripts/demo-real-datasets.py [../shared/data]. The output is committed; rerun only when
the sources or the provinces change. Rows are copied, never altered; codes are added, nothing is guessed: a name
that is missing or not unique in the province is left without a code."""
import csv, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
stats = os.path.join(data, "stats")
demo = os.path.join(root, "OpsCenter.Domain", "Persistence", "Demo")
out = os.path.join(demo, "RealData")
provinces = {"19": "สระบุรี", "13": "ปทุมธานี"}


def areas(code):
    slug = next(f for f in os.listdir(os.path.join(demo, "Provinces")) if f.startswith(code + "-") and "municipal" not in f)
    with open(os.path.join(demo, "Provinces", slug), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    districts = {r["name_th"]: r["code"] for r in rows if len(r["code"]) == 4}
    subdistricts = [(r["code"][:4], r["name_th"], r["code"]) for r in rows if len(r["code"]) == 6]
    return districts, subdistricts


def population(code, name):
    districts, subdistricts = areas(code)
    written = coded = 0
    with open(os.path.join(stats, "dopa_population_tambon_2567.csv"), encoding="utf-8-sig", newline="") as f, \
         open(os.path.join(out, f"{code}-dopa-population-2567.csv"), "w", encoding="utf-8", newline="") as o:
        w = csv.writer(o)
        w.writerow(["subdistrict_code", "registration_office", "subdistrict_name", "population", "households"])
        for r in csv.DictReader(f):
            if r["province-name"] != name:
                continue
            office, sub = r["district-name"], r["subdistrict-name"]
            district = districts.get(office)
            # Municipality offices (ท้องถิ่นเทศบาล…) name no amphoe: their part of a tambon is placed by the tambon's name.
            found = [c for d, n, c in subdistricts if n == sub and (district is None or d == district)]
            area = found[0] if len(found) == 1 else ""
            coded += bool(area)
            written += 1
            w.writerow([area, office, sub, r["total"], r["household"]])
    print(f"{code}: population {written} rows, {coded} with a subdistrict code")


def pao(code, name):
    with open(os.path.join(out, f"{code}-pao-budget.csv"), "w", encoding="utf-8", newline="") as o:
        w = csv.writer(o)
        w.writerow(["fiscal_year_be", "province_code", "budget_area", "plan", "amount_baht"])
        rows = 0
        for year in ("2565", "2566"):
            path = os.path.join(stats, "pao_budget", year, f"pao-{name}.json")
            with open(path, encoding="utf-8") as f:
                ordinance = json.load(f)
            for area in ordinance["groupedByArea"]:
                for plan in area["plans"]:
                    w.writerow([year, code, area["area"], plan["plan"], plan["total"]])
                    rows += 1
    print(f"{code}: PAO budget {rows} rows")


def tpmap():
    keep = {"province_ID": "province_code", "poor.JPT.CNT": "poor_people", "poor.household.CNT": "poor_households",
            "poor.JPT.MOFval.CNT": "poor_people_welfare_verified", "poor.JPT.MOFval.health": "verified_health",
            "poor.JPT.MOFval.living": "verified_living", "poor.JPT.MOFval.education": "verified_education",
            "poor.JPT.MOFval.income": "verified_income", "poor.JPT.MOFval.accessibility": "verified_accessibility"}
    with open(os.path.join(stats, "tpmap_2561_province_poor_counts.csv"), encoding="utf-8-sig", newline="") as f, \
         open(os.path.join(out, "tpmap-2561-provinces.csv"), "w", encoding="utf-8", newline="") as o:
        w = csv.writer(o)
        w.writerow(list(keep.values()))
        rows = [[r[k] for k in keep] for r in csv.DictReader(f)]
        w.writerows(rows)
    print(f"TPMAP: {len(rows)} provinces")


os.makedirs(out, exist_ok=True)
for code, name in provinces.items():
    population(code, name)
    pao(code, name)
tpmap()
