using System.Globalization;
using Microsoft.Playwright;

namespace WallBench;

/// <summary>
/// Wall screens left running under a steady stream of events: the server's managed memory after a forced GC and its
/// resident set, and each browser page's JS heap after a forced GC and its DOM node count, sampled every minute.
/// Flat means the slope after the first two minutes is near zero.
/// </summary>
internal static class Soak
{
    public static async Task RunAsync(Bench bench, int minutes, int pages, Action<string> line)
    {
        var opened = new List<(IPage Page, ICDPSession Cdp)>();
        for (var i = 0; i < pages; i++)
        {
            var (page, _) = await bench.OpenPageAsync(bench.A, $"/wall/{Bench.FullScreen}", 1280, 720);
            opened.Add((page, await page.Context.NewCDPSessionAsync(page)));
        }

        line($"## Soak: {pages} Chromium wall pages, one report every 2 s and a KPI event every 30 s, {minutes} minutes");
        line("");
        line("| minute | server managed MB (after GC) | server RSS MB | browser JS heap MB per page (after GC, median) | DOM nodes per page (median) | reports |");
        line("|---|---|---|---|---|---|");
        var started = DateTime.UtcNow;
        var reports = 0;
        var server = new List<(double X, double Y)>();
        var browser = new List<(double X, double Y)>();
        var nodes = new List<(double X, double Y)>();
        for (var minute = 0; minute <= minutes; minute++)
        {
            var heaps = new List<double>();
            var domNodes = new List<double>();
            foreach (var (_, cdp) in opened)
            {
                await cdp.SendAsync("HeapProfiler.collectGarbage");
                var heap = await cdp.SendAsync("Runtime.getHeapUsage");
                heaps.Add(heap!.Value.GetProperty("usedSize").GetDouble() / 1048576);
                var counters = await cdp.SendAsync("Memory.getDOMCounters");
                domNodes.Add(counters!.Value.GetProperty("nodes").GetDouble());
            }

            var managed = Bench.Number(await bench.A.DiagnosticsAsync(gc: true), "managedBytes") / 1048576;
            var rss = bench.A.ResidentBytes() / 1048576.0;
            line(string.Create(CultureInfo.InvariantCulture, $"| {minute} | {managed:F1} | {rss:F0} | {Stats.Median(heaps):F2} | {Stats.Median(domNodes):F0} | {reports} |"));
            if (minute >= 2)
            {
                server.Add((minute, managed));
                browser.Add((minute, Stats.Median(heaps)));
                nodes.Add((minute, Stats.Median(domNodes)));
            }

            var until = started.AddMinutes(minute + 1);
            while (minute < minutes && DateTime.UtcNow < until)
            {
                await bench.Reports.PostAsync(bench.A.Address);
                reports++;
                if (reports % 15 == 0)
                {
                    await using var db = bench.NewContext();
                    OpsCenter.Domain.Events.EventPublishing.Record(db, new OpsCenter.Domain.Events.OpsEvent("kpi.measured", "19", "1", DateTime.UtcNow));
                    await db.SaveChangesAsync();
                }

                await Task.Delay(2000);
            }
        }

        line("");
        if (server.Count >= 2)
        {
            line(string.Create(CultureInfo.InvariantCulture,
                $"Slopes from minute 2: server managed memory **{Stats.Slope(server) * 1024:F0} KB/min**, browser JS heap **{Stats.Slope(browser) * 1024:F1} KB/min** per page, DOM nodes **{Stats.Slope(nodes):F2} per minute** per page; " +
                $"browser JS heap over the second half only (V8 compiles the update path in the first minutes) **{Stats.Slope(browser.Skip(browser.Count / 2).ToList()) * 1024:F1} KB/min**."));
        }
    }
}
