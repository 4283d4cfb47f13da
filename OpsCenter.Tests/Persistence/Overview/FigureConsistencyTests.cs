using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Overview;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Sla;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpsCenter.Tests.Persistence.Overview;

/// <summary>The seeded apps the figure-consistency tests share; none of the tests changes a figure another reads.</summary>
public sealed class FigureApps() : ProviderApps();

/// <summary>
/// One number, one truth: a figure shown in two places comes from one query, so on the seeded demo the places that show
/// it agree — the home page, the budget page, the KPI board and the wall.
/// </summary>
public sealed class FigureConsistencyTests(FigureApps apps, ITestOutputHelper output) : IClassFixture<FigureApps>
{
    private const string Saraburi = "19";

    private static readonly Actor Official = Actor.Staff("official-19", "ปลัดจังหวัดสระบุรี", Saraburi, null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BudgetDisbursed_IsOneFigure_OnTheHomePage_TheBudgetPage_TheKpiAndTheWall(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var home = (await app.Services.GetRequiredService<ProvinceOverviewQuery>().LoadAsync(Saraburi))!;
        var kpi = (await app.Services.GetRequiredService<KpiBoardQuery>().CardsAsync(Official)).Single(c => c.Kpi.Code == "SRB-budget-disbursement");
        var matrices = app.Services.GetRequiredService<BudgetVersusNeedQuery>();
        var approved = await matrices.MatrixAsync(Saraburi, home.Budget.FiscalYear, BudgetMeasure.Approved, AreaLevel.District);
        var disbursed = await matrices.MatrixAsync(Saraburi, home.Budget.FiscalYear, BudgetMeasure.Disbursed, AreaLevel.District);
        var wall = (await app.Services.GetRequiredService<WallFeed>().GetAsync(new WallView(Saraburi, null, 30))).Kpis.Tiles.Single(t => t.Code == kpi.Kpi.Code);
        output.WriteLine($"{provider}: FY {home.Budget.FiscalYear} disbursed {home.Budget.Disbursed} of {home.Budget.Approved} = {home.Budget.Percent:0.0} %; " +
                         $"KPI {kpi.Latest?.Value:0.0} % ({kpi.Status}); wall {wall.Value:0.0} %");

        Assert.NotNull(home.Budget.Percent);
        Assert.True(home.Budget.ToDate);
        Assert.Equal(home.Budget.Percent, kpi.Latest!.Value);
        Assert.True(kpi.Latest.Partial);
        Assert.Equal(home.Budget.Percent, wall.Value);
        Assert.True(wall.Partial);
        Assert.Equal(home.Budget.Approved, approved.Total);
        Assert.Equal(home.Budget.Disbursed, disbursed.Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputedKpis_EqualTheFiguresTheyAreComputedFrom(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var home = (await app.Services.GetRequiredService<ProvinceOverviewQuery>().LoadAsync(Saraburi))!;
        var cards = await app.Services.GetRequiredService<KpiBoardQuery>().CardsAsync(Official);

        var datasets = cards.Single(c => c.Kpi.Code == "SRB-datasets-current");
        output.WriteLine($"{provider}: datasets {home.DatasetsOverdue} overdue of {home.Datasets}; KPI {datasets.Latest?.Value:0.0} %");
        Assert.Equal((home.Datasets - home.DatasetsOverdue) * 100.0 / home.Datasets, datasets.Latest!.Value, 9);
        Assert.True(datasets.Latest.Partial);

        // The running month counts the month's resolutions so far; the closed months were computed from the reports
        // too (they keep their dates), never seeded by hand.
        var complaints = cards.Single(c => c.Kpi.Code == "SRB-complaints-on-time");
        await using var db = DbContexts.For(app.Database);
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == Saraburi);
        var now = TestClock.UtcNow;
        var thisMonth = await ResolvedOnTime.CountAsync(reports, KpiPeriods.MonthContaining(now), now);
        if (thisMonth.Percent is { } running)
        {
            Assert.Equal(running, complaints.Latest!.Value, 9);
            Assert.True(complaints.Latest.Partial);
        }

        var closed = complaints.History.Where(h => !h.Partial).ToList();
        Assert.True(closed.Count >= 6, $"only {closed.Count} closed months of complaints resolved on time");
        foreach (var month in closed)
        {
            var counted = await ResolvedOnTime.CountAsync(reports, month.PeriodStart, KpiPeriods.Shift(month.PeriodStart, 1));
            Assert.Equal(Math.Round(counted.Percent!.Value, 4), month.Value, 9);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WallHeatAndCounter_CountOneSet_EvenAReportWithoutALocation(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var queries = app.Services.GetRequiredService<WallQueries>();
        var view = new WallView(Saraburi, null, 30);
        var counted = await queries.CountersAsync(view, TestClock.UtcNow, default);
        var binned = await queries.HeatAsync(view, TestClock.UtcNow, default);

        // A report phoned in to the centre: received in the period, with no location to put on the map.
        await AddReportWithoutLocationAsync(app.Database);
        var now = TestClock.UtcNow;
        var counters = await queries.CountersAsync(view, now, default);
        var heat = await queries.HeatAsync(view, now, default);
        output.WriteLine($"{provider}: counter {counters.ReceivedInPeriod}; heat {heat.Reports} ({heat.Total} on the map, {heat.Unlocated} without a location)");

        Assert.Equal(counters.ReceivedInPeriod, heat.Reports);
        Assert.Equal(counted.ReceivedInPeriod + 1, counters.ReceivedInPeriod);
        Assert.Equal(binned.Total, heat.Total);
        Assert.Equal(binned.Unlocated + 1, heat.Unlocated);

        // The snapshot every screen is handed agrees too (a view no screen has asked for yet, so computed now).
        var snapshot = await app.Services.GetRequiredService<WallFeed>().GetAsync(new WallView(Saraburi, null, 29));
        Assert.Equal(snapshot.Counters.ReceivedInPeriod, snapshot.Heat.Reports);
        Assert.True(snapshot.Heat.Unlocated >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MonthlySeries_MarkOnlyTheRunningMonthPartial(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var home = (await app.Services.GetRequiredService<ProvinceOverviewQuery>().LoadAsync(Saraburi))!;
        var cards = await app.Services.GetRequiredService<KpiBoardQuery>().CardsAsync(Official);

        Assert.Equal(12, home.LastTwelveMonths.Count);
        Assert.True(home.LastTwelveMonths[^1].Partial);
        Assert.All(home.LastTwelveMonths.SkipLast(1), m => Assert.False(m.Partial));

        // Owners report closed months, so a reported KPI's points are all whole; a computed one's last is the running month.
        Assert.All(cards.Where(c => !c.Kpi.IsComputed).SelectMany(c => c.History), p => Assert.False(p.Partial));
        Assert.All(cards.Where(c => c.Kpi.IsComputed).SelectMany(c => c.History.SkipLast(1)), p => Assert.False(p.Partial));
        Assert.True(cards.Single(c => c.Kpi.Code == "SRB-budget-disbursement").History[^1].Partial);
    }

    private static async Task AddReportWithoutLocationAsync(TestDatabase database)
    {
        var received = TestClock.UtcNow.AddMinutes(-1);
        await using var db = DbContexts.For(database);
        db.Add(new CitizenReport
        {
            TrackingNumber = TrackingNumbers.New("TST", Random.Shared),
            ProvinceCode = Saraburi,
            Kind = ReportKind.Complaint,
            CategoryCode = "road",
            Description = "แจ้งทางโทรศัพท์ ไม่ระบุพิกัด (รายงานทดสอบ)",
            DistrictCode = "1901",
            SubdistrictCode = "190101",
            Status = ReportStatus.Received,
            Channel = ReportChannel.Staff,
            ReceivedAt = received,
            UpdatedAt = received,
            DueAt = received.AddHours(72),
        });
        await db.SaveChangesAsync();
    }
}
