using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Warehouse;

// The warehouse's figures on an area × month × category dataset (docs/warehouse.md): load (profile + Parquet), the
// explorer's aggregate by district and month with a filter through WarehouseQuery, the same GROUP BY as plain SQL on
// PostgreSQL over the same rows, and a datastore_search page of 100 filtered rows.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var postgres = Environment.GetEnvironmentVariable("BENCH_PG");
var work = Directory.CreateTempSubdirectory("opscenter-bench-warehouse-").FullName;
string[] categories = ["ถนน", "น้ำประปา", "ไฟฟ้า", "ขยะ", "น้ำท่วม", "ความปลอดภัย", "เสียงรบกวน", "ทางเท้า", "ต้นไม้", "อื่น ๆ"];
var subdistricts = Enumerable.Range(1, 13).SelectMany(d => Enumerable.Range(1, 12).Select(s => $"19{d:00}{s:00}")).ToArray();

try
{
    var csvPath = Path.Combine(work, "data.csv");
    var clock = Stopwatch.StartNew();
    var random = new Random(22);
    await using (var writer = new StreamWriter(csvPath, false, new UTF8Encoding(true), 1 << 20))
    {
        await writer.WriteLineAsync("subdistrict_code,month,category,amount");
        for (var i = 0; i < rows; i++)
        {
            var month = new DateTime(2024, 1, 1).AddMonths(random.Next(24));
            await writer.WriteLineAsync($"{subdistricts[random.Next(subdistricts.Length)]},{month:yyyy-MM-dd},{categories[random.Next(categories.Length)]},{random.Next(1, 100_000)}");
        }
    }

    Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(csvPath).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:N1} s");

    clock.Restart();
    TableProfile profile;
    await using (var file = File.OpenRead(csvPath))
    {
        profile = CsvTableReader.Profile(file);
    }

    var profileSeconds = clock.Elapsed.TotalSeconds;
    var gazetteer = new AreaGazetteer(subdistricts.Select(c => new GazetteerArea(c, AreaLevel.Subdistrict, $"ตำบล {c}", $"Tambon {c}"))
        .Concat(Enumerable.Range(1, 13).Select(d => new GazetteerArea($"19{d:00}", AreaLevel.District, $"อำเภอ {d}", $"District {d}"))));
    clock.Restart();
    WarehouseTable table;
    await using (var file = File.OpenRead(csvPath))
    {
        table = ParquetLoader.Load(1, CsvTableReader.Rows(file), profile.Columns, gazetteer, Path.Combine(work, "data.parquet"), work);
    }

    var loadSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"load: profile {profileSeconds:N1} s + Parquet {loadSeconds:N1} s = {profileSeconds + loadSeconds:N1} s (goal ≤ 60 s); {new FileInfo(table.ParquetPath).Length / 1e6:N0} MB Parquet, {table.PlacedRows:N0} rows placed");

    var query = new WarehouseQuery(Options.Create(new WarehouseOptions()));
    var aggregation = new Aggregation
    {
        GroupBy = [Grouping.ByArea(AreaLevel.District), new Grouping("month", Grain: TimeGrain.Month)],
        Measure = Measure.Sum,
        Of = "amount",
        Filters = new Dictionary<string, IReadOnlyList<string?>> { ["category"] = ["ถนน"] },
    };
    var groups = 0;
    var aggregateP95 = await P95Async(samples, async () => groups = (await query.AggregateAsync(table, aggregation)).Rows.Count);
    Console.WriteLine($"explorer aggregate (district × month, category filter, {groups} groups) p95 {aggregateP95:N1} ms (goal ≤ 200 ms)");

    var search = new RowSearch { Filters = new Dictionary<string, IReadOnlyList<string?>> { ["category"] = ["ถนน"] }, Limit = 100, Offset = 5_000 };
    var pageP95 = await P95Async(samples, async () => await query.SearchAsync(table, search));
    Console.WriteLine($"datastore_search page (100 rows, offset 5,000, category filter, with total) p95 {pageP95:N1} ms (goal ≤ 100 ms)");

    using (var process = Process.GetCurrentProcess())
    {
        Console.WriteLine($"memory while serving: working set {process.WorkingSet64 / 1e6:N0} MB, managed heap {GC.GetTotalMemory(false) / 1e6:N0} MB");
    }

    if (postgres is null)
    {
        Console.WriteLine("BENCH_PG not set: the PostgreSQL comparison is skipped");
        return;
    }

    await using var pg = new NpgsqlConnection(postgres);
    await pg.OpenAsync();
    await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_rows; CREATE TABLE bench_rows (subdistrict_code text, month date, category text, amount bigint)", pg))
    {
        await create.ExecuteNonQueryAsync();
    }

    clock.Restart();
    await using (var import = await pg.BeginBinaryImportAsync("COPY bench_rows FROM STDIN (FORMAT BINARY)"))
    await using (var file = File.OpenRead(csvPath))
    {
        var header = true;
        foreach (var row in CsvTableReader.Rows(file))
        {
            if (header)
            {
                header = false;
                continue;
            }

            await import.StartRowAsync();
            await import.WriteAsync(row[0], NpgsqlDbType.Text);
            await import.WriteAsync(DateTime.ParseExact(row[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Date);
            await import.WriteAsync(row[2], NpgsqlDbType.Text);
            await import.WriteAsync(long.Parse(row[3], CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
        }

        await import.CompleteAsync();
    }

    await using (var analyze = new NpgsqlCommand("ANALYZE bench_rows", pg))
    {
        await analyze.ExecuteNonQueryAsync();
    }

    Console.WriteLine($"PostgreSQL COPY of the same rows: {clock.Elapsed.TotalSeconds:N1} s");
    const string sql = "SELECT substr(subdistrict_code, 1, 4), to_char(month, 'YYYY-MM'), sum(amount), count(*) FROM bench_rows WHERE category = @c GROUP BY 1, 2 ORDER BY 1, 2";
    var pgP95 = await P95Async(Math.Max(5, samples / 3), async () =>
    {
        await using var command = new NpgsqlCommand(sql, pg);
        command.Parameters.AddWithValue("c", "ถนน");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    });
    Console.WriteLine($"PostgreSQL plain GROUP BY p95 {pgP95:N1} ms; warehouse is {pgP95 / aggregateP95:N1}× faster (goal ≥ 5×)");
}
finally
{
    Directory.Delete(work, recursive: true);
}

static async Task<double> P95Async(int samples, Func<Task> run)
{
    await run();
    var times = new List<double>();
    for (var i = 0; i < samples; i++)
    {
        var clock = Stopwatch.StartNew();
        await run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[(int)Math.Ceiling(0.95 * times.Count) - 1];
}
