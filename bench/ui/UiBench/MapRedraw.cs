using System.Globalization;
using System.Text;
using Microsoft.Playwright;

/// <summary>
/// Pan and zoom redraws of the app's own /map page (bench/maps/page.sh): the province's districts at /map and one
/// district's subdistricts, with their labels, heat layer, legend and side panel, as a person opens them. Each of 40 steps
/// per visit is a 200 px pan or a half-step zoom, timed from the call to the frame after the one that paints it
/// (moveend, then requestAnimationFrame, then a task queued from it: the paint and its commit lie between the two).
/// </summary>
internal static class MapRedraw
{
    private const int Steps = 40;

    private const string Drive = """
        async (steps) => {
          const element = document.querySelector(".ops-map[data-ready=true]");
          const map = element.opsMapInstance;
          const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
          const painted = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
          // The page fits its areas with Leaflet's zoom animation; steps start after it.
          while (map._animatingZoom) await frame();
          await painted();
          const labelsBefore = Number(element.dataset.labels);
          const times = [];
          const work = [];
          for (let i = 0; i < steps; i++) {
            const moved = new Promise((r) => map.once("moveend", () => r()));
            const start = performance.now();
            // A pan and its way back at the same zoom, then a zoom in and back out: the view never drifts off the areas.
            if (i % 4 < 2) map.panBy(i % 4 === 0 ? [200, 120] : [-200, -120], { animate: false });
            else map.setZoom(map.getZoom() + (i % 4 === 2 ? 0.5 : -0.5), { animate: false });
            await moved;
            work.push(performance.now() - start);
            await painted();
            times.push(performance.now() - start);
          }
          return { times, work, labelsBefore, areas: Number(element.dataset.areas), labels: Number(element.dataset.labels ?? 0), heat: Number(element.dataset.heat) };
        }
        """;

    public static async Task RunAsync(IBrowser browser, BrowserNewContextOptions options, int runs, string resultsFile)
    {
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# /map pan and zoom redraws ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Environment.GetEnvironmentVariable("UIBENCH_COMMIT") ?? "?"}, load average {Load()})")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Published app in Production on SQLite with the demo data, headless Chromium 1920x1080; {runs} visits of {Steps} steps each (200 px pans and half-step zooms), ms from the call to the frame after the paint.")
            .AppendLine()
            .AppendLine("| map | areas | labels | heat cells | p50 (median of visits) | p95 (median of visits) | p95 of each visit | handlers' p95 (median) | goal |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        await using var context = await browser.NewContextAsync(options);
        foreach (var path in new[] { "/map", "/map/1901" })
        {
            var p50s = new List<double>();
            var p95s = new List<double>();
            var workP95s = new List<double>();
            (int Areas, int Labels, int Heat) drawn = default;
            for (var run = 0; run <= runs; run++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path, new PageGotoOptions { Timeout = 120_000 });
                await page.WaitForSelectorAsync(".ops-map[data-ready=true][data-labels]", new PageWaitForSelectorOptions { Timeout = 120_000 });
                var result = await page.EvaluateAsync<Result>(Drive, Steps);
                await page.CloseAsync();
                drawn = (result.Areas, result.Labels, result.Heat);
                Console.WriteLine($"{path} visit {run}{(run == 0 ? " (warms the cache, not counted)" : "")}: labels {result.LabelsBefore} -> {result.Labels}, p50 {Percentile(result.Times, 0.5):0.0} ms, p95 {Percentile(result.Times, 0.95):0.0} ms, slowest {result.Times.Max():0.0} ms; handlers p50 {Percentile(result.Work, 0.5):0.0} ms, p95 {Percentile(result.Work, 0.95):0.0} ms");
                if (run > 0)
                {
                    p50s.Add(Percentile(result.Times, 0.5));
                    p95s.Add(Percentile(result.Times, 0.95));
                    workP95s.Add(Percentile(result.Work, 0.95));
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"| {path} | {drawn.Areas} | {drawn.Labels} | {drawn.Heat} | {Percentile(p50s, 0.5):0.0} ms | {Percentile(p95s, 0.5):0.0} ms | {string.Join(", ", p95s.Select(v => v.ToString("0.0", CultureInfo.InvariantCulture)))} | {Percentile(workP95s, 0.5):0.0} ms | ≤ 50 ms |");
        }

        Console.WriteLine();
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsFile))!);
        await File.WriteAllTextAsync(resultsFile, report.ToString());
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private sealed class Result
    {
        public double[] Times { get; set; } = [];

        /// <summary>The synchronous part of each step: Leaflet's and our handlers, up to moveend.</summary>
        public double[] Work { get; set; } = [];

        public int Areas { get; set; }

        public int Labels { get; set; }

        public int LabelsBefore { get; set; }

        public int Heat { get; set; }
    }
}
