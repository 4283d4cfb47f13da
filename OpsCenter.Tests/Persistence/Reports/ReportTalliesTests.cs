using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Reports;

/// <summary>
/// The seeded apps the tally tests share, with no folding each second: only reads fold, so a test can see a writer's
/// delta waiting (the timed fold once folded it between the write and the look).
/// </summary>
public sealed class TallyApps() : ProviderApps(new Dictionary<string, string?> { ["Reports:TallyFoldSeconds"] = "0" });

public sealed class ReportTalliesTests(TallyApps apps) : IClassFixture<TallyApps>
{
    private const string Saraburi = "19";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryKindOfWrite_KeepsTheTalliesEqualToTheRawRows_AndARebuildChangesNothing(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var maintenance = app.Services.GetRequiredService<ReportTallyMaintenance>();
        Assert.Empty(await maintenance.CheckAsync());

        var added = await TestReports.WriteFromAnotherProcessAsync(app.Database, "road", "190101", TimeSpan.FromDays(3));
        await TestReports.WriteFromAnotherProcessAsync(app.Database, "flood", "190203", TimeSpan.FromHours(30));
        await using (var db = DbContexts.For(app.Database))
        {
            var reports = await db.Set<CitizenReport>().Where(r => r.ProvinceCode == Saraburi).OrderBy(r => r.Id).Take(40).ToListAsync();
            for (var i = 0; i < reports.Count; i++)
            {
                var report = reports[i];
                switch (i % 7)
                {
                    case 6: (report.EscalationLevel, report.DueAt) = (EscalationLevel.ImportedBacklog, report.ReceivedAt.AddDays(-2)); break;
                    case 0: (report.Status, report.ResolvedAt) = (ReportStatus.Resolved, report.ReceivedAt.AddHours(10)); break;
                    case 1: (report.Status, report.ResolvedAt) = (ReportStatus.Resolved, report.ReceivedAt.AddDays(40)); break;
                    case 2: (report.DistrictCode, report.SubdistrictCode) = ("1902", "190203"); break;
                    case 3: report.CategoryCode = "lighting"; break;
                    case 4: (report.DueAt, report.Status, report.ResolvedAt) = (null, ReportStatus.Resolved, report.ReceivedAt.AddDays(1)); break;
                    default: (report.DistrictCode, report.SubdistrictCode, report.Status) = (null, null, ReportStatus.Duplicate); break;
                }
            }

            await db.SaveChangesAsync();
            var reopened = reports.Take(12).Select(r => r.Id).ToArray();
            await db.Set<CitizenReport>().Where(r => reopened.Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.InProgress).SetProperty(r => r.ResolvedAt, (DateTime?)null));
            await db.Set<CitizenReport>().Where(r => r.Id == added).ExecuteDeleteAsync();
        }

        Assert.Empty(await maintenance.CheckAsync());
        var before = await NonZeroAsync(app.Database);
        await maintenance.RebuildAsync();
        Assert.Empty(await maintenance.CheckAsync());
        Assert.Equal(before.Keys.Order(), (await NonZeroAsync(app.Database)).Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WritersOnlyAppendDeltas_AndTheNextReadFoldsThem_EvenWhileOthersWriteAndFold(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var folding = app.Services.GetRequiredService<TallyFolding>();
        var wall = app.Services.GetRequiredService<OpsCenter.Domain.Wall.WallQueries>();
        var view = new OpsCenter.Domain.Wall.WallView(Saraburi, "190102", 7);
        var before = await wall.CountersAsync(view, TestClock.UtcNow, default);

        await TestReports.WriteFromAnotherProcessAsync(app.Database, "road", "190102", TimeSpan.FromHours(2));
        await using (var db = DbContexts.For(app.Database))
        {
            Assert.True(await db.Set<TallyDelta>().AnyAsync(), "the writer appended its delta and left the tallies to the fold");
        }

        var after = await wall.CountersAsync(view, TestClock.UtcNow, default);
        Assert.Equal(before.ReceivedInPeriod + 1, after.ReceivedInPeriod);
        Assert.Equal(before.Open + 1, after.Open);

        // Writers and folds side by side: a delta committed during a fold waits for the next, none is counted twice.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await TestReports.WriteFromAnotherProcessAsync(app.Database, w % 2 == 0 ? "road" : "flood", "190102", TimeSpan.FromHours(i));
            }
        }));
        var folds = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await folding.FoldAsync();
            }
        }));
        await Task.WhenAll(writers.Concat(folds));
        Assert.Empty(await app.Services.GetRequiredService<ReportTallyMaintenance>().CheckAsync());
        Assert.Equal(before.ReceivedInPeriod + 21, (await wall.CountersAsync(view, TestClock.UtcNow, default)).ReceivedInPeriod);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NeedReportGroups_FromTheTallies_EqualTheRawRows_NowAndAsOfAPastInstant(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var now = TestClock.UtcNow;
        var past = now.AddDays(-200).AddHours(5).AddMinutes(17);
        // Open at the past instant, resolved since: the tallies file it as resolved, the need index as open then.
        var late = await TestReports.WriteFromAnotherProcessAsync(app.Database, "flood", "190101", now - past + TimeSpan.FromDays(3));
        await using var db = DbContexts.For(app.Database);
        await db.Set<CitizenReport>().Where(r => r.Id == late)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Resolved).SetProperty(r => r.ResolvedAt, past.AddDays(2)));
        var sectorOf = await db.Set<ReportCategory>().ToDictionaryAsync(c => c.Code, c => c.Sector);
        await app.Services.GetRequiredService<TallyFolding>().FoldAsync();

        foreach (var asOf in new[] { now, past })
        {
            foreach (var level in new[] { AreaLevel.District, AreaLevel.Subdistrict })
            {
                var windowStart = asOf.AddDays(-365);
                var (tallied, talliedUnlocated) = await NeedReportTallies.LoadAsync(app.Services.GetRequiredService<IReadDbContextFactory>(), Saraburi, windowStart, asOf, level, 180, default);
                var (raw, rawUnlocated) = await NeedReportAggregates.RawAsync(db, sectorOf, Saraburi, windowStart, asOf, asOf, level, 180, false, default);

                Assert.Equal(rawUnlocated, talliedUnlocated);
                var expected = raw.ToDictionary(g => (g.AreaCode, g.CategoryCode, g.Kind, g.Open));
                Assert.Equal(expected.Keys.Order(), tallied.Select(g => (g.AreaCode, g.CategoryCode, g.Kind, g.Open)).Order());
                Assert.All(tallied, g =>
                {
                    var r = expected[(g.AreaCode, g.CategoryCode, g.Kind, g.Open)];
                    Assert.Equal(r.Count, g.Count);
                    Assert.Equal(r.Sector, g.Sector);
                    Assert.True(Math.Abs(r.RecencySum - g.RecencySum) <= 1e-9 * Math.Max(1, r.RecencySum), $"{g}: raw recency {r.RecencySum:R}");
                });
                Assert.Contains(tallied, g => g.Open && g.CategoryCode == "flood");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScreenFigures_ReadFromTheTallies_EqualTheSameFiguresCountedFromTheRawRows(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        // Today's reports and resolutions, so the partial days of every window hold some.
        var fresh = await TestReports.WriteFromAnotherProcessAsync(app.Database, "road", "190203", TimeSpan.FromMinutes(20));
        await using (var db = DbContexts.For(app.Database))
        {
            await db.Set<CitizenReport>().Where(r => r.Id == fresh)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Resolved).SetProperty(r => r.ResolvedAt, TestClock.UtcNow.AddMinutes(-5)));
        }

        var reading = app.Services.GetRequiredService<TallyReading>();
        var wall = app.Services.GetRequiredService<OpsCenter.Domain.Wall.WallQueries>();
        var map = app.Services.GetRequiredService<OpsCenter.Domain.Maps.MapQuery>();
        var national = app.Services.GetRequiredService<OpsCenter.Domain.National.NationalRollupQuery>();
        var now = TestClock.UtcNow;
        async Task<string> FiguresAsync()
        {
            var figures = new List<object>();
            foreach (var view in new[] { new OpsCenter.Domain.Wall.WallView(Saraburi, null, 7), new OpsCenter.Domain.Wall.WallView(Saraburi, "1902", 30), new OpsCenter.Domain.Wall.WallView(Saraburi, "190203", 1) })
            {
                var c = await wall.CountersAsync(view, now, default);
                figures.Add(new { c.Open, c.Overdue, c.ReceivedToday, c.ResolvedToday, c.ReceivedInPeriod, c.ReceivedPreviousPeriod, Daily = string.Join(',', c.DailyReceived) });
                var heat = await wall.HeatAsync(view, now, default);
                figures.Add(new { heat.CellDegrees, heat.Total, heat.Unlocated, Cells = string.Join(';', heat.Cells.Select(h => $"{h.Lat},{h.Lon},{h.Count}")) });
            }

            foreach (var (scope, filter) in new[]
            {
                ("19", new OpsCenter.Domain.Maps.MapFilter()), ("19", new OpsCenter.Domain.Maps.MapFilter(Period: "30d")), ("19", new OpsCenter.Domain.Maps.MapFilter(Period: "all")),
                ("1902", new OpsCenter.Domain.Maps.MapFilter(Period: "90d")), ("1902", new OpsCenter.Domain.Maps.MapFilter(Category: "road", Period: "all")),
            })
            {
                var m = (await map.LoadAsync(scope, filter))!;
                figures.AddRange(m.Areas.Select(a => new { a.Code, a.Reports, a.Open, a.Overdue }));
                figures.AddRange(m.TopCategories.Select(c => new { c.Code, c.Count }));
                figures.AddRange(m.Trend.Select(t => new { t.Year, t.Month, t.Received, t.Resolved }));
            }

            figures.AddRange((await national.LoadAsync()).Select(r => r.Sla));
            return System.Text.Json.JsonSerializer.Serialize(figures);
        }

        try
        {
            reading.Enabled = true;
            var tallied = await FiguresAsync();
            reading.Enabled = false;
            Assert.Equal(await FiguresAsync(), tallied);
            Assert.Contains("\"ResolvedToday\":", tallied);
        }
        finally
        {
            reading.Enabled = true;
        }
    }

    private static async Task<Dictionary<string, int>> NonZeroAsync(TestDatabase database)
    {
        await using var db = DbContexts.For(database);
        var received = await db.Set<ReportTally>().Where(t => t.Reports != 0).ToListAsync();
        var resolved = await db.Set<ResolutionTally>().Where(t => t.Reports != 0).ToListAsync();
        return received.Select(t => ($"{t.ProvinceCode}|{t.Day}|{t.DistrictCode}|{t.SubdistrictCode}|{t.CategoryCode}|{t.Kind}|{t.Status}", t.Reports))
            .Concat(resolved.Select(t => ($"r|{t.ProvinceCode}|{t.Day}|{t.DistrictCode}|{t.SubdistrictCode}|{t.CategoryCode}|{t.Timing}", t.Reports)))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }
}
