using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

public sealed class BudgetVersusNeedTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ByDistrict_SharesMatchHandCountsFromTheDatabase(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        var source = app.Services.GetRequiredService<IBudgetVersusNeedSource>();
        var options = app.Services.GetRequiredService<BudgetVersusNeedQuery>().Options;
        // The current year: the demo's reports span the last twelve months, which a past year's window covers only partly
        // (not at all late in September), so the hand count would have nothing to count.
        var fiscalYear = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);

        var rows = await source.ByDistrictAsync("19", fiscalYear);

        // The same figures by hand from raw rows: need from each report's weight, money split equally over project areas.
        await using var db = DbContexts.For(app.Database);
        var asOf = NeedIndex.AsOfFor(fiscalYear, TestClock.UtcNow);
        var sectorOf = await db.Set<ReportCategory>().ToDictionaryAsync(c => c.Code, c => c.Sector);
        var windowStart = NeedIndex.WindowStart(asOf, options);
        var reports = await db.Set<CitizenReport>().Where(r => r.ReceivedAt >= windowStart && r.ReceivedAt < asOf).ToListAsync();
        var points = reports.GroupBy(r => r.DistrictCode!).ToDictionary(g => g.Key, g => g.Sum(r => NeedIndex.Weight(
            new NeedReport(r.DistrictCode!, sectorOf[r.CategoryCode], r.CategoryCode, r.Kind, r.Status, r.ReceivedAt, r.ResolvedAt), asOf, options)));
        var projects = await db.Set<Project>().Include(p => p.BudgetLines).Include(p => p.ExtraAreas).Where(p => p.Status != ProjectStatus.Cancelled).ToListAsync();
        long KaengKhoiSatang() => projects.Sum(p =>
        {
            var areas = p.AllAreaCodes();
            var approved = p.BudgetLines.Where(l => l.FiscalYear == fiscalYear).Sum(l => l.Approved.Satang);
            var parts = BudgetAllocation.SplitEqually(approved, areas.Count);
            return areas.Select((a, i) => a.StartsWith("1902", StringComparison.Ordinal) ? parts[i] : 0).Sum();
        });

        Assert.Equal(13, rows.Count);
        Assert.Equal(1.0, rows.Sum(r => r.NeedShare), 6);
        Assert.Equal(1.0, rows.Sum(r => r.BudgetShare), 6);
        var kaengKhoi = rows.Single(r => r.DistrictCode == "1902");
        Assert.Equal(points.GetValueOrDefault("1902") / points.Values.Sum(), kaengKhoi.NeedShare, 9);
        Assert.Equal(KaengKhoiSatang(), kaengKhoi.Budget.Satang);
        Assert.True(kaengKhoi.NeedIndex > 0);
    }
}
