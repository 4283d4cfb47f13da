using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

/// <summary>The national roll-up reads every province's budget versus need at once: the same figures, and as fresh.</summary>
public sealed class BudgetForManyProvincesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManyProvinces_AreEachProvincesOwnFigures_AndAChangedBudgetShowsAtOnce(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider, new Dictionary<string, string?> { ["Demo:Provinces:1"] = "13" });
        await app.InitializeAsync();
        var source = app.Services.GetRequiredService<IBudgetVersusNeedSource>();
        var year = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);

        var many = await source.ByDistrictAsync(["13", "19"], year);

        Assert.Equal(["13", "19"], many.Keys.Order());
        foreach (var code in new[] { "13", "19" })
        {
            var own = await source.ByDistrictAsync(code, year);
            Assert.Equal(own.Select(d => (d.DistrictCode, d.Budget, d.OpenReports)), many[code].Select(d => (d.DistrictCode, d.Budget, d.OpenReports)));
            Assert.Equal(own.Select(d => d.NeedPoints), many[code].Select(d => d.NeedPoints), (a, b) => Math.Abs(a - b) < 1e-6);
        }

        // A budget line of Saraburi approved higher: its cached figures are stale at once, Pathum Thani's are not touched.
        await using (var db = DbContexts.For(app.Database))
        {
            var line = await db.Set<BudgetLine>().Where(l => l.FiscalYear == year && db.Set<Project>().Any(p => p.Id == l.ProjectId && p.ProvinceCode == "19"
                && p.Status != ProjectStatus.Cancelled && p.AreaCode.Length == 4 && !p.ExtraAreas.Any())).OrderBy(l => l.Id).FirstAsync();
            line.Approved = new Money(line.Approved.Satang + 100_000_000);
            line.UpdatedAt = TestClock.UtcNow.AddSeconds(1);
            await db.SaveChangesAsync();
        }

        var after = await source.ByDistrictAsync(["13", "19"], year);
        Assert.Equal(many["19"].Sum(d => d.Budget.Satang) + 100_000_000, after["19"].Sum(d => d.Budget.Satang));
        Assert.Equal(many["13"].Select(d => d.Budget), after["13"].Select(d => d.Budget));
    }
}
