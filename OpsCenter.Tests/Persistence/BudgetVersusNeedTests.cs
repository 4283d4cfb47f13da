using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence;

public sealed class BudgetVersusNeedTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ByDistrict_SharesMatchHandCountsFromTheDatabase(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        var source = app.Services.GetRequiredService<IBudgetVersusNeedSource>();
        var fiscalYear = ThaiCalendar.FiscalYearOf(DateTime.UtcNow) - 1;

        var rows = await source.ByDistrictAsync("19", fiscalYear);

        await using var db = DbContexts.For(app.Database);
        var start = ThaiCalendar.FiscalYearStartUtc(fiscalYear);
        var end = ThaiCalendar.FiscalYearEndUtc(fiscalYear);
        var reports = await db.Set<CitizenReport>().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end).ToListAsync();
        var lines = await db.Set<BudgetLine>().Where(b => b.FiscalYear == fiscalYear).Join(db.Set<Project>(), b => b.ProjectId, p => p.Id, (b, p) => new { p.AreaCode, b.Approved }).ToListAsync();

        Assert.Equal(13, rows.Count);
        Assert.Equal(1.0, rows.Sum(r => r.NeedShare), 6);
        Assert.Equal(1.0, rows.Sum(r => r.BudgetShare), 6);
        var kaengKhoi = rows.Single(r => r.DistrictCode == "1902");
        Assert.Equal(reports.Count(r => r.DistrictCode == "1902") / (double)reports.Count, kaengKhoi.NeedShare, 9);
        Assert.Equal(lines.Where(l => l.AreaCode.StartsWith("1902", StringComparison.Ordinal)).Sum(l => l.Approved.Satang), kaengKhoi.Budget.Satang);
    }
}
