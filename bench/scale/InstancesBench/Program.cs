using System.Diagnostics;
using System.Globalization;
using System.Text;
using InstancesBench;
using Microsoft.Playwright;
using WallBench;

// bench/scale/instances.sh: N instances behind the proxy (scripts/run-instances.sh), background circuits spread over
// them through the proxy, report → tile latency on an instance other than the one that took the report, and a restart
// of one instance: how long each screen was without live data. See docs/scaling.md.
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var dir = Arg("--dir", "");
var circuits = int.Parse(Arg("--circuits", "1500"), CultureInfo.InvariantCulture);
var samples = int.Parse(Arg("--samples", "100"), CultureInfo.InvariantCulture);
var outFile = Arg("--out", "instances.md");
var output = new StringBuilder();
void Line(string text = "")
{
    output.AppendLine(text);
    Console.WriteLine(text);
}

string F(double value) => value.ToString("F0", CultureInfo.InvariantCulture);
string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

var cluster = await Cluster.OpenAsync(dir);
var n = cluster.Instances.Count;
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-timer-throttling"],
});
var pages = new List<BrowserScreen>();
for (var i = 1; i <= n; i++)
{
    pages.Add(await BrowserScreen.OpenAsync(browser, cluster, i));
}

Line($"# Several instances behind the proxy ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
Line();
Line($"Machine: {Environment.ProcessorCount} cores, load average at start {Load()}. {n} instances on one PostgreSQL behind tools/Proxy (YARP, cookie affinity); " +
     $"{circuits} background circuits (protocol-level, full wall screen) spread evenly through the proxy; one real Chromium wall page per instance.");
Line();

var background = new List<BackgroundScreen>();
while (background.Count < circuits)
{
    var batch = Math.Min(20, circuits - background.Count);
    var opened = await Task.WhenAll(Enumerable.Range(background.Count, batch).Select(async k =>
    {
        var instance = (k % n) + 1;
        var cookie = cluster.CookieFor(instance);
        return new BackgroundScreen(instance, cookie, await BlazorCircuitClient.StartAsync(cluster.Proxy, $"/wall/{Cluster.Screen}", cookie, CancellationToken.None));
    }));
    background.AddRange(opened);
    Console.Error.Write($"\r  background circuits: {background.Count}/{circuits}   ");
}

Console.Error.WriteLine();
var drawDeadline = DateTime.UtcNow.AddSeconds(120);
while (background.Any(s => s.Circuit.Batches == 0) && DateTime.UtcNow < drawDeadline)
{
    await Task.Delay(500);
}

var dead = background.Count(s => !s.Circuit.IsOpen || s.Circuit.Errors > 0 || s.Circuit.Batches == 0);
if (dead > 0)
{
    throw new InvalidOperationException($"{dead} of {circuits} background circuits were ended or drew nothing; see the instances' logs in {dir}.");
}

// Report → tile: the report to instance s, the tile read on instance s + 1's page; 10 warm-up reports first.
using var reports = new BenchReports();
var latencies = new List<double>();
var batchesBefore = background.Sum(s => s.Circuit.Batches);
for (var s = -10; s < samples; s++)
{
    var taker = ((s % n) + n) % n;
    var ms = await pages[(taker + 1) % n].ReportToTileAsync(reports, cluster.Instances[taker]);
    if (s >= 0)
    {
        latencies.Add(ms);
    }

    await Task.Delay(350);
}

var loadAfterLatency = Load();
Line("## Report → tile on another instance");
Line();
Line("| samples | p50 ms | p99 ms | max ms | goal p99 | render batches per report per circuit | load |");
Line("|---|---|---|---|---|---|---|");
var perCircuit = (background.Sum(s => s.Circuit.Batches) - batchesBefore) / (double)(circuits * (samples + 10));
Line($"| {samples} | {F(Stats.Percentile(latencies, 50))} | **{F(Stats.Percentile(latencies, 99))}** | {F(latencies.Max())} | ≤ 250 | {perCircuit.ToString("F2", CultureInfo.InvariantCulture)} | {loadAfterLatency} |");
Line();

// Restart: instance 1 is SIGKILLed and started again while a report goes to instance 2 every 500 ms. For each screen,
// the longest time between two render batches it received in the window, the reconnection included.
var victim = 1;
var lastChange = background.Select(_ => Stopwatch.GetTimestamp()).ToArray();
var lastSeen = background.Select(s => (s.Circuit, s.Circuit.Batches)).ToArray();
var longest = new double[background.Count];
using var stop = new CancellationTokenSource();
var monitor = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        for (var i = 0; i < background.Count; i++)
        {
            var now = (background[i].Circuit, background[i].Circuit.Batches);
            if (now != lastSeen[i])
            {
                lastSeen[i] = now;
                lastChange[i] = Stopwatch.GetTimestamp();
            }

            longest[i] = Math.Max(longest[i], Stopwatch.GetElapsedTime(lastChange[i]).TotalMilliseconds);
        }

        await Task.Delay(50);
    }
});
var feed = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        await reports.PostAsync(cluster.Instances[victim % n]);
        await Task.Delay(500);
    }
});
await Task.Delay(3000);
Array.Fill(longest, 0);
var victimPage = pages[victim - 1];
var origin = await victimPage.Page.EvaluateAsync<double>("performance.timeOrigin");
var clock = Stopwatch.StartNew();
using var restart = cluster.Restart(victim);
var affected = background.Where(s => s.Instance == victim).ToList();
var reconnects = affected.Select(async s =>
{
    while (s.Circuit.IsOpen)
    {
        await Task.Delay(50);
    }

    await s.ReconnectAsync(cluster, CancellationToken.None);
    return clock.Elapsed.TotalMilliseconds;
}).ToList();
await victimPage.Page.WaitForFunctionAsync("t => performance.timeOrigin !== t", origin, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 50 });
await BrowserScreen.LiveAsync(victimPage.Page, TimeSpan.FromMinutes(2));
var pageBack = clock.Elapsed.TotalMilliseconds;
var circuitsBack = await Task.WhenAll(reconnects);
await restart.WaitForExitAsync();
var instanceBack = clock.Elapsed.TotalMilliseconds;
await Task.Delay(5000);
await stop.CancelAsync();
await Task.WhenAll(monitor, feed.ContinueWith(_ => { }, TaskScheduler.Default));
var onVictim = affected.Select(s => longest[background.IndexOf(s)]).ToList();
var onOthers = background.Except(affected).Select(s => longest[background.IndexOf(s)]).ToList();

Line($"## Restart of one instance (SIGKILL, started again on its port; a report every 500 ms meanwhile)");
Line();
Line("| what | ms |");
Line("|---|---|");
Line($"| the killed instance answers /healthz again | {F(instanceBack)} |");
Line($"| its Chromium wall page live again (reloaded onto a live instance by kiosk.js) | **{F(pageBack)}** |");
Line($"| its {affected.Count} background circuits live again (p50 / max), reloading as kiosk.js does | {F(Stats.Percentile(circuitsBack, 50))} / **{F(circuitsBack.Max())}** |");
Line($"| longest time without a render batch, screens of the killed instance (p50 / max) | {F(Stats.Percentile(onVictim, 50))} / **{F(onVictim.Max())}** |");
Line($"| longest time without a render batch, the {onOthers.Count} screens of the other instances (p50 / max) | {F(Stats.Percentile(onOthers, 50))} / **{F(onOthers.Max())}** |");
Line();
Line($"Load average at the end: {Load()}. After the restart: {background.Count(s => s.Instance == victim)} background circuits on instance {victim}, " +
     $"{string.Join(", ", Enumerable.Range(1, n).Where(i => i != victim).Select(i => $"{background.Count(s => s.Instance == i)} on instance {i}"))}.");

foreach (var screen in background)
{
    await screen.Circuit.DisposeAsync();
}

await File.WriteAllTextAsync(outFile, output.ToString());
Console.Error.WriteLine($"written to {outFile}");
return 0;
