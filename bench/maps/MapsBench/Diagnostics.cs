using System.Text;
using Microsoft.Playwright;

// Where a redraw's time goes, for people tuning the map module: MAPS_BENCH_PROFILE=bench/maps/profile.js sums the
// time of each part (bench/maps/profile.js), MAPS_BENCH_TRACE=<file.json> writes a Chromium performance trace of the
// last run (open it in chrome://tracing or the DevTools Performance panel). Neither is on for the figures.
internal static class RedrawProfile
{
    public static async Task PrintAsync(IPage page, double[] redraws)
    {
        var parts = await page.EvaluateAsync<Dictionary<string, double>>("() => window.parts");
        var calls = await page.EvaluateAsync<Dictionary<string, int>>("() => window.partCalls");
        var sync = await page.EvaluateAsync<double[]>("() => window.syncTimes");
        Console.WriteLine($"  {await page.EvaluateAsync<int>("() => window.countVertices()")} polygon vertices");
        foreach (var (kind, remainder) in new[] { ("pan", 0), ("zoom", 1) })
        {
            var steps = Enumerable.Range(0, redraws.Length).Where(i => i % 2 == remainder).ToArray();
            Console.WriteLine($"  {kind}: event handlers median {Median(steps.Select(i => sync[i]))} ms, max {steps.Max(i => sync[i]):0.0}; " +
                $"to first frame median {Median(steps.Select(i => redraws[i]))} ms, max {steps.Max(i => redraws[i]):0.0}");
        }
        Console.WriteLine("  each step, event handlers / to first frame (ms): " + string.Join("  ", redraws.Select((r, i) => $"{(i % 2 == 0 ? "p" : "z")} {sync[i]:0}/{r:0}")));
        var perStep = await page.EvaluateAsync<Dictionary<string, double>[]>("() => window.stepParts");
        Console.WriteLine("  part: ms per step on average | first pan, first zoom | last pan, last zoom");
        foreach (var (name, ms) in parts.OrderByDescending(p => p.Value))
        {
            string At(int i) => perStep[i].TryGetValue(name, out var v) ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";
            Console.WriteLine($"  {name}: {ms / redraws.Length:0.0} ({calls[name]} calls) | {At(0)}, {At(1)} | {At(perStep.Length - 2)}, {At(perStep.Length - 1)}");
        }
    }

    private static string Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2].ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal sealed class ChromiumTrace(ICDPSession cdp, string path, TaskCompletionSource<string> done)
{
    public static async Task<ChromiumTrace?> StartAsync(IBrowserContext context, IPage page, string? path)
    {
        if (path == null) return null;
        var cdp = await context.NewCDPSessionAsync(page);
        var done = new TaskCompletionSource<string>();
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, e) => done.TrySetResult(e!.Value.GetProperty("stream").GetString()!);
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,blink,cc,gpu,v8,toplevel,viz",
            ["transferMode"] = "ReturnAsStream",
        });
        return new ChromiumTrace(cdp, path, done);
    }

    public async Task StopAsync()
    {
        await cdp.SendAsync("Tracing.end");
        var stream = await done.Task;
        var text = new StringBuilder();
        while (true)
        {
            var chunk = (await cdp.SendAsync("IO.read", new Dictionary<string, object> { ["handle"] = stream, ["size"] = 1 << 20 }))!.Value;
            text.Append(chunk.GetProperty("data").GetString());
            if (chunk.GetProperty("eof").GetBoolean()) break;
        }
        await File.WriteAllTextAsync(path, text.ToString());
    }
}
