using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

// Time to charts and maps drawn, as a person opening the page sees it: from navigation start until every plotly chart
// on the page has drawn its SVG and every Leaflet map says data-ready. Cold: a new browser context (empty HTTP cache),
// warm: the same context visiting again. Usage: UiBench <published OpsCenter.Web.dll> <runs> <results.md> [map-redraw]
// (map-redraw: pan and zoom redraws of /map instead, see MapRedraw.cs and bench/maps/page.sh)
var dll = Path.GetFullPath(args[0]);
var runs = int.Parse(args[1], CultureInfo.InvariantCulture);
var resultsFile = args[2];
const string Password = "Bench-Password-2569!";

(string Name, string Path, bool SignedIn)[] pages =
[
    ("home", "/", false),
    ("budget (signed in)", "/budget", true),
    ("map", "/map", false),
    ("wall governor (signed in)", "/wall/governor", true),
];

var work = Directory.CreateTempSubdirectory("uibench-");
var port = FreePort();
var address = new Uri($"http://127.0.0.1:{port}");
var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
info.ArgumentList.Add(dll);
info.ArgumentList.Add("--urls");
info.ArgumentList.Add(address.ToString());
info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
info.Environment["Database__Provider"] = "Sqlite";
info.Environment["ConnectionStrings__OpsCenter"] = $"Data Source={Path.Combine(work.FullName, "opscenter.db")}";
info.Environment["Demo__Password"] = Password;
info.Environment["Logging__LogLevel__Default"] = "Warning";
using var app = Process.Start(info)!;
var log = new StringBuilder();
app.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
app.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
app.BeginOutputReadLine();
app.BeginErrorReadLine();

try
{
    await WaitUntilHealthyAsync(address, app, log);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
    });

    var contextOptions = new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "th-TH", ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } };

    // Sign in once through the form; cold contexts get the cookie but nothing of the HTTP cache.
    var storageState = Path.Combine(work.FullName, "signed-in.json");
    await using (var signIn = await browser.NewContextAsync(contextOptions))
    {
        var page = await signIn.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "governor");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await signIn.StorageStateAsync(new BrowserContextStorageStateOptions { Path = storageState });
    }

    if (args.Length > 3 && args[3] == "map-redraw")
    {
        await MapRedraw.RunAsync(browser, contextOptions, runs, resultsFile);
        return 0;
    }

    BrowserNewContextOptions OptionsFor(bool signedIn) => signedIn
        ? new BrowserNewContextOptions(contextOptions) { StorageStatePath = storageState }
        : contextOptions;

    var results = new List<(string Name, int Charts, int Maps, double[] Cold, double[] Warm, double ColdKb)>();
    // UIBENCH_PAGES=/,/map measures only those paths.
    var only = Environment.GetEnvironmentVariable("UIBENCH_PAGES")?.Split(',');
    foreach (var (name, path, signedIn) in pages.Where(p => only is null || only.Contains(p.Path)))
    {
        // What the page draws, counted once it has settled (and the server's first-request work done).
        int charts, maps;
        await using (var context = await browser.NewContextAsync(OptionsFor(signedIn)))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 120_000 });
            await page.WaitForTimeoutAsync(3000);
            charts = await page.Locator(".ops-chart").CountAsync();
            maps = await page.Locator(".ops-map").CountAsync();
        }

        if (charts + maps == 0)
        {
            throw new InvalidOperationException($"{path} draws no chart and no map");
        }

        var cold = new List<double>();
        var coldKb = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(OptionsFor(signedIn));
            var page = await context.NewPageAsync();
            cold.Add(await TimeToDrawnAsync(page, path, charts, maps));
            coldKb.Add(await page.EvaluateAsync<double>("performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || 0), 0) / 1024"));
            if (i == 0 && Environment.GetEnvironmentVariable("UIBENCH_RESOURCES") == "1")
            {
                // Where a cold visit's bytes go, largest first.
                Console.WriteLine(await page.EvaluateAsync<string>("performance.getEntriesByType('resource').sort((a, b) => b.transferSize - a.transferSize).map((e) => `  ${Math.round(e.transferSize / 1024)} KB ${new URL(e.name).pathname}`).join('\\n')"));
            }
        }

        var warm = new List<double>();
        var warmSteps = new List<Dictionary<string, double>>();
        await using (var context = await browser.NewContextAsync(OptionsFor(signedIn)))
        {
            if (Environment.GetEnvironmentVariable("UIBENCH_STEPS") == "1")
            {
                await context.AddInitScriptAsync(Steps.WatchLongFrames);
            }

            var page = await context.NewPageAsync();
            await TimeToDrawnAsync(page, path, charts, maps);
            for (var i = 0; i < runs; i++)
            {
                await page.GotoAsync("about:blank");
                warm.Add(await TimeToDrawnAsync(page, path, charts, maps));
                warmSteps.Add(await page.EvaluateAsync<Dictionary<string, double>>(Steps.Script));
                if (i == runs - 1 && Environment.GetEnvironmentVariable("UIBENCH_STEPS") == "1")
                {
                    Console.WriteLine(await page.EvaluateAsync<string>(Steps.LongFrames));
                }
            }
        }

        if (Environment.GetEnvironmentVariable("UIBENCH_STEPS") == "1")
        {
            Console.WriteLine($"  where a warm visit's time goes (median ms from navigation start): {string.Join(", ", Steps.Medians(warmSteps).Select(s => $"{s.Key} {s.Value:0}"))}");
        }

        results.Add((name, charts, maps, [.. cold], [.. warm], Median(coldKb)));
        Console.WriteLine($"{name,-28} charts {charts} maps {maps}  cold median {Median(cold),6:0} ms  warm median {Median(warm),6:0} ms  cold transfer {Median(coldKb),6:0} KB");
    }

    var report = new StringBuilder();
    report.AppendLine(CultureInfo.InvariantCulture, $"# Time to charts and maps drawn ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Environment.GetEnvironmentVariable("UIBENCH_COMMIT") ?? "?"})");
    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"Published app in Production on SQLite with the demo data, headless Chromium 1920x1080, median of {runs}; ms from navigation start.");
    report.AppendLine();
    report.AppendLine("| page | charts | maps | cold median | cold runs | warm median | warm runs | cold transfer |");
    report.AppendLine("|---|---|---|---|---|---|---|---|");
    foreach (var r in results)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Charts} | {r.Maps} | {Median(r.Cold):0} ms | {string.Join(", ", r.Cold.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} | {Median(r.Warm):0} ms | {string.Join(", ", r.Warm.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} | {r.ColdKb:0} KB |");
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsFile))!);
    await File.WriteAllTextAsync(resultsFile, report.ToString());
    Console.WriteLine($"results: {resultsFile}");
    return 0;
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    work.Delete(recursive: true);
}

// ms from navigation start until the page shows `charts` drawn plotly charts and `maps` ready Leaflet maps.
static async Task<double> TimeToDrawnAsync(IPage page, string path, int charts, int maps)
{
    await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
    var drawn = await page.WaitForFunctionAsync(
        """
        ([charts, maps]) => {
          const drawnCharts = [...document.querySelectorAll(".ops-chart")].filter((c) => c.querySelector(".main-svg")).length;
          const drawnMaps = document.querySelectorAll(".ops-map[data-ready=true]").length;
          return drawnCharts >= charts && drawnMaps >= maps ? performance.now() : false;
        }
        """,
        new object[] { charts, maps },
        new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = 120_000 });
    return await drawn.JsonValueAsync<double>();
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task WaitUntilHealthyAsync(Uri address, Process app, StringBuilder log)
{
    using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
    var deadline = DateTime.UtcNow.AddMinutes(5);
    while (DateTime.UtcNow < deadline)
    {
        if (app.HasExited)
        {
            throw new InvalidOperationException($"the app exited:\n{log}");
        }

        try
        {
            if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
        }

        await Task.Delay(500);
    }

    throw new TimeoutException($"the app did not start:\n{log}");
}

// Milestones of a visit, read from the Performance API after it is drawn (UIBENCH_STEPS=1): when the prerendered HTML
// arrived, when Blazor asked for its circuit, when the first module of ours and the libraries were fetched, when the
// map's outlines arrived. A step the page does not take is left out.
internal static class Steps
{
    public const string Script = """
        () => {
          const nav = performance.getEntriesByType("navigation")[0];
          const res = performance.getEntriesByType("resource");
          const first = (part, field) => { const e = res.find((r) => r.name.includes(part)); return e ? e[field] : undefined; };
          const steps = {
            "html": nav.responseEnd,
            "dom ready": nav.domContentLoadedEventEnd,
            "blazor.web.js": first("blazor.web", "responseEnd"),
            "negotiate start": first("_blazor/negotiate", "startTime"),
            "negotiate end": first("_blazor/negotiate", "responseEnd"),
            "chart module asked": first("plotly-blazor", "startTime"),
            "plotly loaded": first("plotly-basic", "responseEnd"),
            "map module asked": first("ops-map", "startTime"),
            "leaflet loaded": first("leaflet.js", "responseEnd"),
            "outlines asked": first("children.geojson", "startTime"),
            "outlines loaded": first("children.geojson", "responseEnd"),
          };
          steps["circuit up"] = window.drawnAt?.interactive;
          steps["first chart drawn"] = window.drawnAt?.chart;
          steps["map ready"] = window.drawnAt?.map;
          return Object.fromEntries(Object.entries(steps).filter(([, v]) => v !== undefined));
        }
        """;

    public const string WatchLongFrames = """
        window.longFrames = [];
        new PerformanceObserver((list) => window.longFrames.push(...list.getEntries())).observe({ type: "long-animation-frame", buffered: true });
        window.drawnAt = {};
        new MutationObserver(() => {
          if (!window.drawnAt.map && document.querySelector(".ops-map[data-ready=true]")) window.drawnAt.map = performance.now();
          if (!window.drawnAt.chart && document.querySelector(".ops-chart .main-svg")) window.drawnAt.chart = performance.now();
          if (!window.drawnAt.interactive && document.querySelector("[data-ops-interactive=true]")) window.drawnAt.interactive = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    // The scripts that held the main thread for long frames (Chromium's long-animation-frame entries), in order.
    public const string LongFrames = """
        () => (window.longFrames ?? []).map((f) =>
          `  frame at ${Math.round(f.startTime)} for ${Math.round(f.duration)} ms (blocking ${Math.round(f.blockingDuration)}): ` +
          f.scripts.map((s) => `${s.invoker || s.invokerType} ${Math.round(s.duration)} ms ${(s.sourceURL || "").split("/").pop()} ${s.sourceFunctionName || ""}`).join("; ")).join("\n")
        """;

    public static IEnumerable<KeyValuePair<string, double>> Medians(List<Dictionary<string, double>> visits) =>
        visits.SelectMany(v => v.Keys).Distinct()
            .Select(k => KeyValuePair.Create(k, visits.Where(v => v.ContainsKey(k)).Select(v => v[k]).Order().ElementAt(visits.Count(v => v.ContainsKey(k)) / 2)))
            .OrderBy(kv => kv.Value);
}
