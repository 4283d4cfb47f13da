using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;

/// <summary>
/// The staff queue's first page (its count and 25 rows, newest first) through the app's <see cref="ReportQueue"/>, as a
/// province official opens it under the filters staff use: median and p95 of each (BENCH_QUEUE=1; bench/scale/queue.sh).
/// </summary>
internal static class QueueTimings
{
    public static async Task RunAsync(IServiceProvider services, int samples)
    {
        var queue = services.GetRequiredService<ReportQueue>();
        Console.WriteLine($"queue first pages, {samples} samples after 3 untimed; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("| province | filter | reports | p50 | p95 |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var province in new[] { "19", "10" })
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
            var agency = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == province && r.OwnerAgencyId != null)
                .GroupBy(r => r.OwnerAgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var number = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == province).OrderByDescending(r => r.Id).Skip(5000).Select(r => r.TrackingNumber).FirstAsync();
            var code = number[(number.IndexOf('-', StringComparison.Ordinal) + 1)..];
            var official = Actor.Staff("bench", "bench", province, null, OpsRoles.Official);
            var every = new QueueFilter { ProvinceCode = province };
            var filters = new (string Name, QueueFilter Filter, PageRequest Page)[]
            {
                ("open (an official's default)", new QueueFilter { ProvinceCode = province, OpenOnly = true }, new PageRequest()),
                ($"agency {agency}, open (its staff's default)", new QueueFilter { ProvinceCode = province, AgencyId = agency, OpenOnly = true }, new PageRequest()),
                ($"agency {agency}, every state", new QueueFilter { ProvinceCode = province, AgencyId = agency }, new PageRequest()),
                ($"number {number}", new QueueFilter { ProvinceCode = province, Search = number }, new PageRequest()),
                ($"part \"{code.ToLowerInvariant()}\"", new QueueFilter { ProvinceCode = province, Search = code.ToLowerInvariant() }, new PageRequest()),
                ($"part \"{code[..4]}\"", new QueueFilter { ProvinceCode = province, Search = code[..4] }, new PageRequest()),
                ("every state, most reporters first", every, new PageRequest(Sort: nameof(QueueRow.ReporterCount), Descending: true)),
                ("every state, soonest due first", every, new PageRequest(Sort: nameof(QueueRow.DueAt))),
                ("every state, page 400", every, new PageRequest(Offset: 399 * 25)),
            };
            foreach (var (name, filter, request) in filters)
            {
                var total = 0;
                var times = new List<double>();
                for (var i = 0; i < samples + 3; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var page = await queue.PageAsync(official, filter, request);
                    if (i >= 3)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    total = page.Total;
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {province} | {name} | {total:N0} | {times[times.Count / 2]:F1} ms | {times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)]:F1} ms |"));
            }
        }
    }
}
