using System.Globalization;
using System.Text;
using WallBench;

// The wall benchmarks, one run: push latency with 0 and N background circuits, payload per tile update, DB statements
// per report at 10 and N circuits, managed memory per idle circuit (wall against a minimal page), cross-instance latency,
// and optionally a soak. See bench/wall/README.md; run through bench/wall/run.sh.
var options = Options.Parse(args);
var output = new StringBuilder();
void Line(string text = "")
{
    output.AppendLine(text);
    Console.WriteLine(text);
}

string F(double value, string format = "F0") => value.ToString(format, CultureInfo.InvariantCulture);

await using var bench = await Bench.CreateAsync(options.App, options.Postgres);
Line($"# Wall benchmarks ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
Line();
Line($"Machine: {Environment.ProcessorCount} cores, load average at start {File.ReadAllText("/proc/loadavg").Split(' ')[0]}. " +
     $"Runs: {options.Runs} × {options.Samples} samples per configuration; figures are medians over runs.");
Line("Background circuits are protocol-level Blazor circuits (blazorpack over WebSocket, every render batch acknowledged, every JS call answered) showing the full wall screen; the measured screen is a real headless Chromium page.");
Line();

if (args.Contains("--probe"))
{
    BlazorCircuitClient.Trace = true;
    await bench.SetBackgroundAsync(1, $"/wall/{Bench.FullScreen}");
    Console.Error.WriteLine("-- posting a report");
    await bench.StatementCallsAsync(reset: true);
    await bench.Reports.PostAsync(bench.A.Address);
    await Task.Delay(5000);
    Console.Error.WriteLine($"-- statements: {await bench.StatementCallsAsync(reset: false)}");
    await using var db = new Npgsql.NpgsqlConnection(bench.ConnectionString);
    await db.OpenAsync();
    await using var reader = await new Npgsql.NpgsqlCommand("SELECT calls, left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 150) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY calls DESC", db).ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        Console.Error.WriteLine($"  {reader.GetInt64(0),4} {reader.GetString(1)}");
    }

    return 0;
}

if (args.Contains("--memory-only"))
{
    var paths = args.SkipWhile(a => a != "--memory-paths").Skip(1).FirstOrDefault()?.Split(',') ?? ["/wall/blank", $"/wall/{Bench.FullScreen}"];
    Line("| page | points (circuits: MB) | slope KB per circuit |");
    Line("|---|---|---|");
    foreach (var path in paths)
    {
        var points = new List<(double X, double Y)>();
        foreach (var n in options.MemorySteps)
        {
            await bench.SetBackgroundAsync(n, path);
            var samples = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                samples.Add(Bench.Number(await bench.A.DiagnosticsAsync(gc: true), "managedBytes"));
            }

            points.Add((n, samples.Min()));
        }

        await bench.SetBackgroundAsync(0, path);
        Line($"| {path} | {string.Join(", ", points.Select(p => $"{p.X}: {F(p.Y / 1048576, "F1")}"))} | **{F(Stats.Slope(points) / 1024)}** |");
    }

    await File.WriteAllTextAsync(options.Output, output.ToString());
    return 0;
}

if (args.Contains("--memory-where"))
{
    // Where a circuit's memory goes: a gcdump of instance A at 0 and at N idle circuits per page, types diffed per circuit.
    var n = int.Parse(args.SkipWhile(a => a != "--memory-where").Skip(1).First(), CultureInfo.InvariantCulture);
    foreach (var path in new[] { "/wall/blank", $"/wall/{Bench.FullScreen}" })
    {
        await bench.SetBackgroundAsync(0, path);
        var before = await HeapTypes.CollectAsync(bench.A.ProcessId);
        await bench.SetBackgroundAsync(n, path);
        var after = await HeapTypes.CollectAsync(bench.A.ProcessId);
        await bench.SetBackgroundAsync(0, path);
        var perCircuit = HeapTypes.PerCircuit(before, after, n);
        Line($"## {path}: {F(perCircuit.Sum(t => t.Count), "F0")} more live objects per circuit (gcdump at 0 and {n} circuits)");
        Line();
        Line("| type | objects per circuit |");
        Line("|---|---|");
        foreach (var type in perCircuit.Take(40))
        {
            Line($"| {type.Type.Replace("|", "\\|")} | {F(type.Count, "F1")} |");
        }

        Line();
    }

    await File.WriteAllTextAsync(options.Output, output.ToString());
    return 0;
}

if (options.Soak is { } soakMinutes)
{
    await Soak.RunAsync(bench, soakMinutes, options.SoakPages, Line);
    await File.WriteAllTextAsync(options.Output, output.ToString());
    return 0;
}

// Push latency, and bytes per update, with 0 and N background circuits.
var (page, frames) = await bench.OpenPageAsync(bench.A, $"/wall/{Bench.FullScreen}");
Line("## Push latency: report POSTed → tile changes in Chromium (full wall screen)");
Line();
Line("| background circuits | p50 ms (runs) | p99 ms (runs) | median p50 | median p99 | bytes to the page per report | render batches per background circuit per report |");
Line("|---|---|---|---|---|---|---|");
var p99AtZero = double.NaN;
foreach (var circuits in new[] { 0 }.Concat(options.Circuits))
{
    Console.Error.WriteLine($"push latency with {circuits} background circuits");
    await bench.SetBackgroundAsync(circuits, $"/wall/{Bench.FullScreen}");
    var batchesBefore = bench.BackgroundBatches;
    var runs = await Measurements.LatencyRunsAsync(options.Runs, options.Samples, () => Measurements.ReportToTileAsync(bench, page, frames));
    var reports = (options.Runs * options.Samples) + 20;
    var perCircuit = circuits == 0 ? 0 : (bench.BackgroundBatches - batchesBefore) / (double)circuits / reports;
    var p50 = Stats.Median(runs.Select(r => r.P50).ToList());
    var p99 = Stats.Median(runs.Select(r => r.P99).ToList());
    if (circuits == 0)
    {
        p99AtZero = p99;
    }

    Line($"| {circuits} (open: {bench.BackgroundOpen}) | {string.Join(" / ", runs.Select(r => F(r.P50)))} | {string.Join(" / ", runs.Select(r => F(r.P99)))} | **{F(p50)}** | **{F(p99)}** | {F(Stats.Median(runs.Select(r => r.MedianBytes).ToList()))} | {F(perCircuit, "F2")} |");
    if (circuits > 0)
    {
        Line($"|  | p99({circuits}) / p99(0) = **{F(p99 / p99AtZero, "F2")}** |  |  |  |  |  |");
    }
}

Line();

// Payload of one tile update: a screen with report tiles only.
Console.Error.WriteLine("payload per tile update");
await bench.SetBackgroundAsync(0, "/");
var (tilesPage, tilesFrames) = await bench.OpenPageAsync(bench.A, $"/wall/{Bench.TilesScreen}");
var tileBytes = new List<double>();
for (var i = 0; i < Math.Max(10, options.Samples / 3); i++)
{
    tileBytes.Add((await Measurements.ReportToTileAsync(bench, tilesPage, tilesFrames)).Bytes);
    await Task.Delay(400);
}

Line("## Payload per tile update");
Line();
Line($"A report changes two tiles (received today, open): the circuit sent **{F(Stats.Median(tileBytes))} bytes** (median of {tileBytes.Count}; min {F(tileBytes.Min())}, max {F(tileBytes.Max())}) to the page. The full wall's figure above adds the heatmap's binned points and the ticker.");
Line();
await tilesPage.Context.CloseAsync();

// Statements per report at 10 and N circuits.
Line("## Database statements per report (pg_stat_statements, this database, all clients including the writer)");
Line();
Line("| circuits | statements per report (runs) | median |");
Line("|---|---|---|");
var perReport = new Dictionary<int, double>();
foreach (var circuits in new[] { 10, options.Circuits.Max() })
{
    Console.Error.WriteLine($"statements per report with {circuits} circuits");
    await bench.SetBackgroundAsync(circuits, $"/wall/{Bench.FullScreen}");
    var counts = new List<double>();
    for (var run = 0; run < options.Runs; run++)
    {
        await bench.StatementCallsAsync(reset: true);
        const int reports = 40;
        for (var i = 0; i < reports; i++)
        {
            // A second apart: each report is its own burst at any load, so coalescing does not flatter either side.
            await bench.Reports.PostAsync(bench.A.Address);
            await Task.Delay(1000);
        }

        await Task.Delay(3000);
        counts.Add(await bench.StatementCallsAsync(reset: false) / (double)reports);
    }

    perReport[circuits] = Stats.Median(counts);
    Line($"| {circuits} | {string.Join(" / ", counts.Select(c => F(c, "F1")))} | **{F(perReport[circuits], "F1")}** |");
}

Line($"| ratio | | **{F(perReport[options.Circuits.Max()] / perReport[10], "F2")}** |");
Line();

// Managed memory per idle circuit, wall screen against a minimal page, in the same run.
Console.Error.WriteLine("managed memory per idle circuit");
await page.Context.CloseAsync();
await bench.SetBackgroundAsync(0, "/");
Line("## Managed memory per idle circuit (forced full GC, least-squares slope over circuit counts)");
Line();
Line("| page | points (circuits: MB) | slope KB per circuit (runs) | median |");
Line("|---|---|---|---|");
var slopes = new Dictionary<string, double>();
foreach (var (name, path) in new[] { ("minimal page /wall/blank", "/wall/blank"), ("full wall screen", $"/wall/{Bench.FullScreen}") })
{
    var runSlopes = new List<double>();
    var shown = "";
    for (var run = 0; run < Math.Max(2, options.Runs - 1); run++)
    {
        var points = new List<(double X, double Y)>();
        foreach (var n in options.MemorySteps)
        {
            await bench.SetBackgroundAsync(n, path);
            var samples = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                samples.Add(Bench.Number(await bench.A.DiagnosticsAsync(gc: true), "managedBytes"));
            }

            points.Add((n, samples.Min()));
        }

        await bench.SetBackgroundAsync(0, path);
        runSlopes.Add(Stats.Slope(points) / 1024);
        shown = string.Join(", ", points.Select(p => $"{p.X}: {F(p.Y / 1048576, "F1")}"));
    }

    slopes[name] = Stats.Median(runSlopes);
    Line($"| {name} | {shown} | {string.Join(" / ", runSlopes.Select(s => F(s)))} | **{F(slopes[name])}** |");
}

Line($"| wall / minimal | | | **{F(slopes["full wall screen"] / slopes["minimal page /wall/blank"], "F2")}** |");
Line();

// Cross-instance: instance B on the same database.
Console.Error.WriteLine("cross-instance latency");
await using (var b = await AppInstance.StartAsync(options.App, bench.ConnectionString, "b"))
{
    var (pageB, framesB) = await bench.OpenPageAsync(b, $"/wall/{Bench.FullScreen}");
    var (remotePage, _) = await bench.OpenPageAsync(b, $"/wall/{Bench.RemoteScreen}");
    using var remote = await Measurements.SignInAsync(bench.A.Address, "governor");
    Line("## Cross-instance latency (instance A and instance B on one PostgreSQL; LISTEN/NOTIFY + outbox)");
    Line();
    Line("| update | p50 ms (runs) | p99 ms (runs) | median p50 | median p99 |");
    Line("|---|---|---|---|---|");
    var command = await Measurements.LatencyRunsAsync(options.Runs, options.Samples, () => Measurements.RemoteToSlideAsync(remote, remotePage));
    Line($"| remote command POSTed to A → slide changes on B's screen | {string.Join(" / ", command.Select(r => F(r.P50)))} | {string.Join(" / ", command.Select(r => F(r.P99)))} | **{F(Stats.Median(command.Select(r => r.P50).ToList()))}** | **{F(Stats.Median(command.Select(r => r.P99).ToList()))}** |");
    var report = await Measurements.LatencyRunsAsync(options.Runs, options.Samples, () => Measurements.ReportToTileAsync(bench, pageB, framesB));
    Line($"| report POSTed to A → tile changes on B's screen | {string.Join(" / ", report.Select(r => F(r.P50)))} | {string.Join(" / ", report.Select(r => F(r.P99)))} | **{F(Stats.Median(report.Select(r => r.P50).ToList()))}** | **{F(Stats.Median(report.Select(r => r.P99).ToList()))}** |");
    Line();
}

await File.WriteAllTextAsync(options.Output, output.ToString());
Console.Error.WriteLine($"written to {options.Output}");
return 0;

internal sealed record Options(string App, string Postgres, int[] Circuits, int Runs, int Samples, int[] MemorySteps, int? Soak, int SoakPages, string Output)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string? fallback = null)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }

        int[] Ints(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return new Options(
            Arg("--app"),
            Arg("--pg"),
            Ints(Arg("--circuits", "200,500")),
            int.Parse(Arg("--runs", "3"), CultureInfo.InvariantCulture),
            int.Parse(Arg("--samples", "100"), CultureInfo.InvariantCulture),
            Ints(Arg("--memory-steps", "0,50,100,150,200")),
            args.Contains("--soak-minutes") ? int.Parse(Arg("--soak-minutes"), CultureInfo.InvariantCulture) : null,
            int.Parse(Arg("--soak-pages", "8"), CultureInfo.InvariantCulture),
            Arg("--out", "wall-bench.md"));
    }
}
