using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Maps;

// The district-map benchmark: all of Thailand's districts and a 100,000-report heat layer drawn by the app's own map
// module (wwwroot/assets/map/ops-map.js) in headless Chromium at 1920x1080. Usage: MapsBench <districts.geojson> <wwwroot> [runs]
var districtsFile = args[0];
var wwwroot = Path.GetFullPath(args[1]);
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
const int Reports = 100_000;
const int ViewZoom = 6;

await using var input = File.OpenRead(districtsFile);
var features = BoundaryFileReader.Read(input);
var shapes = features.Select(f =>
{
    var point = f.Geometry.InteriorPoint;
    return new BoundaryShape(AreaCodes.Normalize(f.Properties["ADM2_PCODE"])!, AreaLevel.District, f.Properties["ADM2_TH"], f.Properties["ADM2_EN"], 0, point.Y, point.X, f.Geometry, false);
}).ToList();

// The same writer and simplification rule the app serves: half a pixel one zoom deeper than the view.
var geojson = AreaBoundaries.FeatureCollection(shapes, ViewZoom + 1);

// Report locations: clustered around district centres, as complaints cluster in towns (seeded, so runs compare).
var random = new Random(20261121);
var points = new List<(double Lat, double Lon)>(Reports);
for (var i = 0; i < Reports; i++)
{
    var centre = shapes[random.Next(shapes.Count)];
    points.Add((centre.Latitude + (Gaussian(random) * 0.03), centre.Longitude + (Gaussian(random) * 0.03)));
}

var raw = JsonSerializer.Serialize(points.Select(p => new[] { Math.Round(p.Lat, 5), Math.Round(p.Lon, 5) }));
var cells = HeatBinning.BinForView(points);
var binned = JsonSerializer.Serialize(cells.Select(c => new[] { c.Lat, c.Lon, c.Count }));
string[] palette = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];
var state = JsonSerializer.Serialize(new
{
    boundariesUrl = "/districts.geojson",
    areaStyles = shapes.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => new { fill = palette[x.i % 5], opacity = 0.7, label = $"{x.i} reports" }),
    heat = new { points = cells.Select(c => new[] { c.Lat, c.Lon, c.Count }), radius = 22, max = Math.Max(1, cells.Max(c => c.Count) * 0.6) },
    legend = new { title = "Reports per 1,000", items = palette.Select(p => new { color = p, label = p }) },
    language = "th",
    theme = "light",
    fitToBoundaries = true,
});

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(wwwroot) });
app.MapGet("/districts.geojson", () => Results.Text(geojson, "application/geo+json"));
app.MapGet("/state.json", () => Results.Text(state, "application/json"));
var profileScript = Environment.GetEnvironmentVariable("MAPS_BENCH_PROFILE");
if (profileScript != null) app.MapGet("/profile.js", () => Results.Text(File.ReadAllText(profileScript), "text/javascript"));
app.MapGet("/bench.html", () => Results.Content(Harness.Html, "text/html"));
await app.StartAsync();
var address = app.Urls.First();

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-timer-throttling"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
var firstRenders = new List<double>();
var redrawP95s = new List<double>();
var areasDrawn = 0;
for (var run = 0; run <= runs; run++)
{
    var page = await context.NewPageAsync();
    var trace = run == runs ? await ChromiumTrace.StartAsync(context, page, Environment.GetEnvironmentVariable("MAPS_BENCH_TRACE")) : null;
    await page.GotoAsync(address + "/bench.html" + (profileScript != null ? "?profile" : ""));
    await page.WaitForFunctionAsync("() => window.benchDone === true", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
    var first = await page.EvaluateAsync<double>("() => window.firstRender");
    var redraws = await page.EvaluateAsync<double[]>("() => window.redraws");
    if (profileScript != null) await RedrawProfile.PrintAsync(page, redraws);
    if (trace != null) await trace.StopAsync();
    areasDrawn = await page.EvaluateAsync<int>("() => Number(document.getElementById('map').dataset.areas)");
    await page.CloseAsync();

    // Run 0 warms the browser cache (Leaflet, the module); it is reported as the cold start and left out of the medians.
    Console.WriteLine($"run {run}{(run == 0 ? " (cold)" : "")}: first render {first:0} ms, redraw p95 {Percentile(redraws, 0.95):0.0} ms (median {Percentile(redraws, 0.5):0.0}, {redraws.Length} pan/zoom steps)");
    if (run > 0)
    {
        firstRenders.Add(first);
        redrawP95s.Add(Percentile(redraws, 0.95));
    }
}

await app.StopAsync();
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var ratio = (double)Encoding.UTF8.GetByteCount(binned) / Encoding.UTF8.GetByteCount(raw);
var report = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"District map benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load}")
    .AppendLine(CultureInfo.InvariantCulture, $"{areasDrawn} district polygons ({geojson.Length / 1024} KB GeoJSON at zoom {ViewZoom + 1} simplification), {Reports:N0} reports binned into {cells.Count:N0} heat cells")
    .AppendLine()
    .AppendLine("| figure | median of " + runs + " runs | goal |")
    .AppendLine("|---|---|---|")
    .AppendLine(CultureInfo.InvariantCulture, $"| first render (state + boundaries fetched, drawn) | {Percentile(firstRenders, 0.5):0} ms | ≤ 1,500 ms |")
    .AppendLine(CultureInfo.InvariantCulture, $"| pan/zoom redraw p95 | {Percentile(redrawP95s, 0.5):0.0} ms | ≤ 50 ms |")
    .AppendLine(CultureInfo.InvariantCulture, $"| binned heat payload / raw points payload | {Encoding.UTF8.GetByteCount(binned):N0} / {Encoding.UTF8.GetByteCount(raw):N0} bytes = {ratio:P1} | ≤ 5% |")
    .ToString();
Console.WriteLine();
Console.WriteLine(report);
File.WriteAllText(Environment.GetEnvironmentVariable("MAPS_BENCH_OUT") ?? "latest.md", report);
return 0;

static double Gaussian(Random random) =>
    Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

static double Percentile(IReadOnlyList<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal static class Harness
{
    // First render: from fetching the state to the frame after the areas and heat are drawn. Each redraw: from a pan
    // or half-step zoom to the first animation frame after it, by which time Leaflet's queued redraws have run.
    public const string Html = """
        <!doctype html><html><head><meta charset="utf-8"><style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
        <body><div id="map"></div><script type="module">
        const profiling = new URLSearchParams(location.search).has("profile");
        if (profiling) await import("/profile.js");
        const opsMap = await import("/assets/map/ops-map.js");
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const el = document.getElementById("map");
        const t0 = performance.now();
        const state = await (await fetch("/state.json")).json();
        await opsMap.init(el, state, { mode: "desk" }, null);
        await frame();
        window.firstRender = performance.now() - t0;
        const map = el.opsMapInstance;
        // init's fitBounds moves the first view to Thailand with Leaflet's 250 ms zoom animation. Steps taken while it
        // runs measure its frames and its closing redraw, and a zoom asked for meanwhile is dropped; start after it.
        while (map._animatingZoom) await frame();
        await frame();
        const times = [];
        window.syncTimes = [];
        if (profiling) { window.parts = {}; window.partCalls = {}; }
        for (let i = 0; i < 40; i++) {
          const t = performance.now();
          if (i % 2 === 0) map.panBy(i % 4 === 0 ? [200, 120] : [-200, -120], { animate: false });
          else map.setZoom(map.getZoom() + (i % 4 === 1 ? 0.5 : -0.5), { animate: false });
          window.syncTimes.push(performance.now() - t);
          await frame();
          times.push(performance.now() - t);
          window.stepDone?.(i);
        }
        window.redraws = times;
        window.benchDone = true;
        </script></body></html>
        """;
}
