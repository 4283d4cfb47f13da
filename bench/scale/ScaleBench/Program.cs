using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Maps;
using OpsCenter.Domain.National;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports.Tallies;
using OpsCenter.Domain.Wall;

// The national-scale figures (docs/scaling.md): each screen figure through the app's own query classes, read from the
// report tallies and from the raw rows (Reports:ReadTallies off) alternately in one run, with their p50/p95, the ratio,
// and whether the two readings, taken at one instant, are equal (need points to 7 digits). BENCH_CONN names the database bench/scale/run.sh filled.
var samples = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Postgres",
    ["ConnectionStrings:OpsCenter"] = Environment.GetEnvironmentVariable("BENCH_CONN") ?? throw new InvalidOperationException("BENCH_CONN is not set"),
}).Build();
// BENCH_SQLLOG=1 prints each SQL command with its client-side time (where a figure's time goes).
var services = new ServiceCollection().AddLogging(logging =>
{
    if (Environment.GetEnvironmentVariable("BENCH_SQLLOG") == "1")
    {
        logging.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.ffff ");
        logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
    }
}).AddSingleton<IConfiguration>(configuration);
services.AddOpsDomain(configuration, AppContext.BaseDirectory);
// The equality check reads both ways at one frozen instant (need decays with age, so two reads ms apart differ in the
// 7th digit); the timed samples run on the real clock.
var clock = new BenchClock();
services.AddSingleton<TimeProvider>(clock);
await using var provider = services.BuildServiceProvider();
if (Environment.GetEnvironmentVariable("BENCH_QUEUE") == "1")
{
    await QueueTimings.RunAsync(provider, samples);
    return;
}

var reading = provider.GetRequiredService<TallyReading>();
var wall = provider.GetRequiredService<WallQueries>();
var map = provider.GetRequiredService<MapQuery>();
var budget = provider.GetRequiredService<BudgetVersusNeedQuery>();
var national = provider.GetRequiredService<NationalRollupQuery>();
var year = ThaiCalendar.FiscalYearOf(DateTime.UtcNow);

async Task<object> WallSnapshot(string province)
{
    var view = new WallView(province, null, 7);
    var now = clock.GetUtcNow().UtcDateTime;
    // At once, as WallFeed computes a snapshot.
    var (countersRead, heatRead, tickerRead) = (wall.CountersAsync(view, now, default), wall.HeatAsync(view, now, default), wall.TickerAsync(view, now, default));
    var (counters, heat, ticker) = (await countersRead, await heatRead, await tickerRead);
    return new { counters.Open, counters.Overdue, counters.ReceivedInPeriod, counters.ReceivedToday, counters.ResolvedToday, Daily = string.Join(',', counters.DailyReceived), heat.Unlocated, Ticker = ticker.Items.Count };
}

async Task<object> MapMetrics(string province, string period) =>
    (await map.AreaFiguresAsync(province, new MapFilter(Period: period)))!.Select(a => new { a.Code, a.Reports, a.Open, a.Overdue, a.NeedIndex }).ToList();

async Task<object> MapView(string province, string period)
{
    var view = (await map.LoadAsync(province, new MapFilter(Period: period)))!;
    return new { Areas = view.Areas.Select(a => new { a.Code, a.Reports, a.Open, a.Overdue }).ToList(), Heat = view.Heat.Count, Points = view.Points.Count, view.Trend, Top = view.TopCategories.Select(c => c.Count).ToList() };
}

async Task<object> BudgetNeed(string province) =>
    (await budget.MatrixAsync(province, year, BudgetMeasure.Approved, AreaLevel.District, default, fresh: true)).Need
        .Select(n => new { n.AreaCode, n.Sector, n.Reports, n.OpenReports, Points = n.ReportPoints.ToString("G7", CultureInfo.InvariantCulture) }).ToList();

var provinces = (await national.ProvincesAsync()).Select(p => p.Code).ToList();
async Task<object> Rollup() => (await national.SlaByProvinceAsync(provinces, clock.GetUtcNow().UtcDateTime)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
async Task<object> RollupPage() => (await national.LoadAsync()).Select(r => r.Sla).ToList();

var figures = new (string Name, Func<Task<object>> Run, double Goal)[]
{
    ("wall snapshot, Saraburi (counters, heat, ticker)", () => WallSnapshot("19"), 20),
    ("wall snapshot, Bangkok", () => WallSnapshot("10"), 20),
    ("map metrics (area figures), Saraburi, 12 months", () => MapMetrics("19", "12m"), 20),
    ("map metrics (area figures), Saraburi, all time", () => MapMetrics("19", "all"), 20),
    ("map metrics (area figures), Bangkok, 12 months", () => MapMetrics("10", "12m"), 20),
    ("map metrics (area figures), Bangkok, all time", () => MapMetrics("10", "all"), 20),
    ("whole map view (with heat, 2,000 points, panel), Saraburi, 12 months", () => MapView("19", "12m"), 20),
    ("whole map view, Bangkok, all time", () => MapView("10", "all"), 20),
    ("budget versus need, Saraburi (computed)", () => BudgetNeed("19"), 20),
    ("budget versus need, Bangkok (computed)", () => BudgetNeed("10"), 20),
    ("national roll-up of the report figures, every province", Rollup, 50),
    ("national page (report figures + KPIs + catalog + budget, per province)", RollupPage, 50),
};

// BENCH_WARMUP=<n> untimed calls per reading before the timed ones (40 unless told).
var warmup = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP"), CultureInfo.InvariantCulture, out var w) ? w : 40;
Console.WriteLine($"{samples} samples per reading after {warmup} untimed, alternating; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine("| figure | tallies p50 | tallies p95 | raw p50 | raw p95 | raw ÷ tallies (p95) | goal p95 | equal |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
// BENCH_ONLY=<text> times only the figures whose name holds it (while working on one of them).
var only = Environment.GetEnvironmentVariable("BENCH_ONLY");
// BENCH_TALLIES_ONLY=1 times the tallied reading alone (what a screen-only workload sees: no raw reads between samples).
var talliesOnly = Environment.GetEnvironmentVariable("BENCH_TALLIES_ONLY") == "1";
foreach (var (name, run, goal) in figures.Where(f => string.IsNullOrEmpty(only) || f.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    clock.Frozen = DateTimeOffset.UtcNow;
    reading.Enabled = true;
    var tallied = JsonSerializer.Serialize(await run());
    reading.Enabled = false;
    var raw = JsonSerializer.Serialize(await run());
    clock.Frozen = null;
    if (tallied != raw)
    {
        var (a, b) = (tallied.Split("},{"), raw.Split("},{"));
        var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
        Console.WriteLine($"  differs: {a.Length} vs {b.Length} items; first: tallies {a.ElementAtOrDefault(at)} / raw {b.ElementAtOrDefault(at)}");
    }

    // Untimed calls first, as a server that has run a while: a figure's code reaches tier-1 JIT only after some thirty
    // calls, and on this machine Saraburi's budget p50 was 49 ms over the first 60 calls and 24.5 ms over 600.
    for (var i = 0; i < warmup; i++)
    {
        foreach (var mode in talliesOnly ? [true] : new[] { true, false })
        {
            reading.Enabled = mode;
            await run();
        }
    }

    var times = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
    for (var i = 0; i < samples; i++)
    {
        foreach (var mode in talliesOnly ? [true] : new[] { true, false })
        {
            reading.Enabled = mode;
            var watch = Stopwatch.StartNew();
            await run();
            times[mode].Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    reading.Enabled = true;
    var (t50, t95) = (Percentile(times[true], 50), Percentile(times[true], 95));
    var (r50, r95) = talliesOnly ? (double.NaN, double.NaN) : (Percentile(times[false], 50), Percentile(times[false], 95));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {t50:F1} ms | {t95:F1} ms | {r50:F1} ms | {r95:F1} ms | {r95 / t95:F1}× | ≤ {goal} ms | {(tallied == raw ? "yes" : "NO")} |"));
}

Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

static double Percentile(List<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}

internal sealed class BenchClock : TimeProvider
{
    public DateTimeOffset? Frozen { get; set; }

    public override DateTimeOffset GetUtcNow() => Frozen ?? base.GetUtcNow();
}
