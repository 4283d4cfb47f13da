using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Budget;

namespace OpsCenter.Tests.Persistence.Kpis;

/// <summary>The seeded apps of the computed-KPI tests, apart from others': one of them changes a budget line.</summary>
public sealed class ComputedKpiApps() : ProviderApps();

/// <summary>KPIs the system computes from its own data: never entered, live on every read, recorded as their months close.</summary>
public sealed class ComputedKpiTests(ComputedKpiApps apps) : IClassFixture<ComputedKpiApps>
{
    private const string Disbursement = "SRB-budget-disbursement";

    private static readonly Actor Admin = Actor.Staff("admin-19", "ผู้ดูแลระบบ", "19", null, OpsRoles.Admin);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComputedKpi_RefusesAnEnteredValue_EvenFromItsOwner(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var db = DbContexts.For(app.Database);
        var kpi = await db.Set<Kpi>().Include(k => k.Owners).AsNoTracking().SingleAsync(k => k.Code == Disbursement);
        var now = ThaiCalendar.ToBangkok(TestClock.UtcNow);

        var result = await app.Services.GetRequiredService<KpiMeasurementService>().RecordAsync(
            new KpiEntry(kpi.Id, kpi.LeadAgencyId, now.Year, now.Month, 86.7, "รายงานผลการเบิกจ่าย", null), Admin with { AgencyId = kpi.LeadAgencyId });

        Assert.Equal(KpiEntryOutcome.Invalid, result.Outcome);
        Assert.Equal("value", Assert.Single(result.Errors).Field);
        Assert.False(await db.Set<KpiPartMeasurement>().AnyAsync(p => p.KpiId == kpi.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RunningMonth_IsLiveOnRead_AndTheRecorderCatchesUp(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var board = app.Services.GetRequiredService<KpiBoardQuery>();
        var disbursements = app.Services.GetRequiredService<BudgetDisbursementQuery>();
        var month = KpiPeriods.MonthContaining(TestClock.UtcNow);
        await using var db = DbContexts.For(app.Database);
        var kpi = await db.Set<Kpi>().AsNoTracking().SingleAsync(k => k.Code == Disbursement);
        var recordedBefore = await db.Set<KpiMeasurement>().AsNoTracking().SingleAsync(m => m.KpiId == kpi.Id && m.PeriodStart == month);

        // Money goes out on a line of this fiscal year: the KPI moves at once, before any recording.
        var fiscalYear = ThaiCalendar.FiscalYearOf(TestClock.UtcNow);
        var line = await db.Set<BudgetLine>()
            .Where(l => l.FiscalYear == fiscalYear && l.Approved.Satang > l.Disbursed.Satang && db.Set<Project>().Any(p => p.Id == l.ProjectId && p.ProvinceCode == "19" && p.Status != ProjectStatus.Cancelled))
            .OrderBy(l => l.Id).FirstAsync();
        line.Disbursed = line.Approved;
        await db.SaveChangesAsync();

        var figure = await disbursements.ForAsync("19", fiscalYear);
        var card = (await board.CardsAsync(Admin)).Single(c => c.Kpi.Code == Disbursement);
        Assert.Equal(figure.Percent, card.Latest!.Value);
        Assert.NotEqual(recordedBefore.Value, Math.Round(card.Latest.Value, 4));

        // The recorder brings the running month's row up to date and says so, once.
        using var events = new EventRecorder(app.Services);
        Assert.True(await app.Services.GetRequiredService<KpiMeasurementService>().RecordComputedAsync() >= 1);
        var recorded = await db.Set<KpiMeasurement>().AsNoTracking().SingleAsync(m => m.KpiId == kpi.Id && m.PeriodStart == month);
        Assert.Equal(Math.Round(figure.Percent!.Value, 4), recorded.Value);
        Assert.Equal(KpiMeasurementService.ComputedBy, recorded.EnteredByName);
        await events.WaitForAsync(e => e.Kind == KpiEvents.Measured && e.SubjectId == kpi.Id.ToString(CultureInfo.InvariantCulture));

        // Nothing changed since: the next round leaves the row as it is.
        await app.Services.GetRequiredService<KpiMeasurementService>().RecordComputedAsync();
        Assert.Equal(recorded.EnteredAt, (await db.Set<KpiMeasurement>().AsNoTracking().SingleAsync(m => m.Id == recorded.Id)).EnteredAt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeededKpis_NameTheirUnitsInBothLanguages(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var db = DbContexts.For(app.Database);
        var kpis = await db.Set<Kpi>().AsNoTracking().ToDictionaryAsync(k => k.Code);

        static bool HasThai(string text) => text.Any(c => c is >= '\u0E00' and <= '\u0E7F');
        Assert.All(kpis.Values.Where(k => HasThai(k.Unit)), k => Assert.False(HasThai(k.UnitEn ?? k.Unit), $"{k.Code}: {k.Unit} has no English unit"));
        Assert.Equal(("ราย", "deaths"), (kpis["SRB-road-deaths"].Unit, kpis["SRB-road-deaths"].UnitEn));
        Assert.Equal(("ต่อแสนประชากร", "per 100,000 residents"), (kpis["SRB-dengue-rate"].Unit, kpis["SRB-dengue-rate"].UnitEn));
        Assert.All(kpis.Values, k => Assert.False(string.IsNullOrEmpty(k.FormulaEn), $"{k.Code} has no English formula"));
    }
}
