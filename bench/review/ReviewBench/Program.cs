using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using WallBench;

// Presenter action → every follower screen updated. One published app on PostgreSQL; a presenter page and N follower
// pages (/reviews/{id}/screen) in one headless Chromium. Start: the presenter's pointerdown on "next"/"previous",
// stamped in the presenter page; end: the follower's MutationObserver seeing the new item, stamped in that page. All
// pages share the machine clock (performance.timeOrigin + performance.now()).
var options = Options.Parse(args);
var invariant = CultureInfo.InvariantCulture;
await using var app = await AppInstance.StartAsync(options.App, options.Pg, "review");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    Headless = true,
    ExecutablePath = Environment.GetEnvironmentVariable("OPSCENTER_CHROMIUM") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
});

var presenterContext = await browser.NewContextAsync(new() { BaseURL = app.Address.ToString(), Locale = "th-TH" });
var presenter = await presenterContext.NewPageAsync();
await SignInAsync(presenter, "presenter");
var sessionId = await CreateSessionAsync(presenterContext);
await presenter.GotoAsync($"/reviews/{sessionId}/present");
await presenter.WaitForSelectorAsync("[data-testid=presenter][data-keys=ready]");
await presenter.EvaluateAsync(@"() => { window.__pressed = []; for (const id of ['present-next', 'present-previous'])
    document.querySelector(`[data-testid=${id}]`).addEventListener('pointerdown', () => window.__pressed.push(performance.timeOrigin + performance.now()), true); }");
var items = (await presenter.Locator("[data-testid=present-item]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)")).ToList();

var followerContext = await browser.NewContextAsync(new() { BaseURL = app.Address.ToString(), Locale = "th-TH" });
var followers = new List<IPage>();
for (var i = 0; i < options.Screens; i++)
{
    var page = await followerContext.NewPageAsync();
    if (i == 0)
    {
        await SignInAsync(page, "governor");
    }

    await page.GotoAsync($"/reviews/{sessionId}/screen");
    await page.WaitForSelectorAsync("[data-testid=review-stage][data-live=true]");
    await page.EvaluateAsync(@"() => { window.__seen = [];
        new MutationObserver(() => { const s = document.querySelector('[data-testid=review-stage]'); const item = s ? s.dataset.item : '';
          if (window.__seen.length === 0 || window.__seen[window.__seen.length - 1].item !== item) window.__seen.push({ item, t: performance.timeOrigin + performance.now() }); })
          .observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-item'] }); }");
    followers.Add(page);
}

var position = -1;
async Task<double[]> ActAsync()
{
    var forward = position < items.Count - 1 && (position <= 0 || Random.Shared.Next(4) > 0);
    position += forward ? 1 : -1;
    var expected = items[position];
    await presenter.ClickAsync(forward ? "[data-testid=present-next]" : "[data-testid=present-previous]");
    var pressed = await presenter.EvaluateAsync<double>("() => window.__pressed[window.__pressed.length - 1]");
    var ends = new double[followers.Count];
    for (var f = 0; f < followers.Count; f++)
    {
        var handle = await followers[f].WaitForFunctionAsync(
            "e => window.__seen.some(s => s.item === e)", expected, new() { Timeout = 10_000, PollingInterval = 5 });
        ends[f] = await followers[f].EvaluateAsync<double>("e => window.__seen.filter(s => s.item === e).pop().t", expected);
        await handle.DisposeAsync();
    }

    foreach (var page in followers)
    {
        await page.EvaluateAsync("() => window.__seen = window.__seen.slice(-1)");
    }

    return ends.Select(e => e - pressed).ToArray();
}

for (var w = 0; w < options.Warmup; w++)
{
    await ActAsync();
    await Task.Delay(options.GapMs);
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Review benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"{options.Screens} follower screens (headless Chromium pages of /reviews/{{id}}/screen), presenter clicks next/previous on the console, {options.Samples} actions per run, {options.GapMs} ms apart, {options.Warmup} warm-up actions.");
report.AppendLine();
report.AppendLine("| run | load avg before | load avg after | all screens p50 (ms) | all screens p99 (ms) | max (ms) | per screen p99 (ms) |");
report.AppendLine("|---|---|---|---|---|---|---|");
var p50s = new List<double>();
var p99s = new List<double>();
var screenP99s = new List<double>();
for (var run = 1; run <= options.Runs; run++)
{
    var before = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    var allUpdated = new List<double>();
    var perScreen = new List<double>();
    for (var s = 0; s < options.Samples; s++)
    {
        var latencies = await ActAsync();
        allUpdated.Add(latencies.Max());
        perScreen.AddRange(latencies);
        await Task.Delay(options.GapMs);
    }

    var after = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    var (p50, p99, screenP99) = (Stats.Percentile(allUpdated, 50), Stats.Percentile(allUpdated, 99), Stats.Percentile(perScreen, 99));
    p50s.Add(p50);
    p99s.Add(p99);
    screenP99s.Add(screenP99);
    var line = string.Create(invariant, $"| {run} | {before} | {after} | {p50:0} | {p99:0} | {allUpdated.Max():0} | {screenP99:0} |");
    report.AppendLine(line);
    Console.WriteLine(line);
}

report.AppendLine();
report.AppendLine(string.Create(invariant, $"**Median over {options.Runs} runs: every screen updated p50 {Stats.Median(p50s):0} ms, p99 {Stats.Median(p99s):0} ms (goal ≤ 200 ms); per screen p99 {Stats.Median(screenP99s):0} ms.**"));
Console.WriteLine(report.ToString());
Directory.CreateDirectory(Path.GetDirectoryName(options.Out)!);
await File.WriteAllTextAsync(options.Out, report.ToString());
return 0;

async Task SignInAsync(IPage page, string user)
{
    await page.GotoAsync("/login");
    await page.FillAsync("#username", user);
    await page.FillAsync("#password", Bench.Password);
    await page.ClickAsync("[data-testid=login-submit]");
    await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
}

async Task<int> CreateSessionAsync(IBrowserContext context)
{
    var response = await context.APIRequest.PostAsync("/api/reviews", new() { DataObject = new { title = "ประชุมวัดผล", heldAt = DateTime.UtcNow, chairName = "ผู้ว่าราชการจังหวัด" } });
    var body = JsonDocument.Parse(await response.TextAsync());
    return body.RootElement.GetProperty("id").GetInt32();
}

internal sealed record Options(string App, string Pg, string Out, int Screens, int Runs, int Samples, int Warmup, int GapMs)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new(Value("--app", ""), Value("--pg", ""), Value("--out", "bench/review/results/latest.md"),
            Number("--screens", 10), Number("--runs", 3), Number("--samples", 60), Number("--warmup", 10), Number("--gap-ms", 400));
    }
}
