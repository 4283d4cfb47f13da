#!/usr/bin/env python3
"""package_search latency over HTTP, one request at a time, as a harvester and a portal send it.

For each query: RUNS runs of SAMPLES requests (after WARMUP); prints the median over runs of each run's p50 and p95.
The harvester's gather is timed page by page (rows=100, start += 100, sort=id asc) until an empty page, as
ckanext-harvest's ckanharvester.py pages, so one sample is one page request.
"""
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, provider = sys.argv[1], sys.argv[2]
runs, samples, warmup = (int(a) for a in sys.argv[3:6])
since = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(time.time() - 30 * 86400))


def url(params):
    return base + "/api/3/action/package_search?" + urllib.parse.urlencode(params)


def get(u):
    started = time.perf_counter()
    with urllib.request.urlopen(u) as response:
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{u}: {response.status}")
    return (time.perf_counter() - started) * 1000, json.loads(body)


def harvest_pages(fq=None):
    """One full gather: every page's URL, in order."""
    params = {"rows": "100", "start": "0", "sort": "id asc"}
    if fq:
        params["fq"] = fq
    pages = []
    while True:
        u = url(params)
        pages.append(u)
        _, body = get(u)
        if not body["result"]["results"]:
            return pages
        params["start"] = str(int(params["start"]) + 100)


queries = {
    "harvester gather page (rows=100, sort=id asc)": harvest_pages(),
    "harvester incremental (fq=metadata_modified:[30 days ago TO *])": harvest_pages(f"metadata_modified:[{since} TO *]"),
    "harvester include filter (organization:a OR organization:b)": harvest_pages("organization:srb-nre OR organization:srb-pho"),
    "portal search (q, 3 facets, rows=20)": [url({"q": "ขยะ", "rows": "20", "facet.field": '["organization","tags","res_format"]'})],
}

_, total = get(url({"rows": "0"}))
print(f"== {provider}: {total['result']['count']} public datasets; {runs} runs x {samples} requests, medians over runs")
for name, urls in queries.items():
    p50s, p95s = [], []
    for _ in range(runs):
        for i in range(warmup):
            get(urls[i % len(urls)])
        times = sorted(get(urls[i % len(urls)])[0] for i in range(samples))
        p50s.append(times[len(times) // 2])
        p95s.append(times[min(len(times) - 1, int(len(times) * 0.95))])
    print(f"{name}: p95 {statistics.median(p95s):.1f} ms, p50 {statistics.median(p50s):.1f} ms ({len(urls)} distinct URLs)")
