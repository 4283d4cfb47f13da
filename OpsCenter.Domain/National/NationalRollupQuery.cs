using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Sla;

namespace OpsCenter.Domain.National;

/// <summary>
/// The provinces of the installation side by side: a province takes part once it has agencies. Each figure comes from
/// the same rules the province's own pages use (SLA due times, the freshness rule, the KPI status rule, the need index).
/// </summary>
public sealed class NationalRollupQuery(
    IReadDbContextFactory dbFactory, CatalogQuery catalog, KpiBoardQuery kpis, IBudgetVersusNeedSource budget, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<ProvinceRollup>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var rows = new List<ProvinceRollup>(provinces.Count);
        foreach (var province in provinces)
        {
            rows.Add(await RollupAsync(province, cancellationToken));
        }

        return rows;
    }

    /// <summary>The provinces taking part, by code; the national office may open any of these and no other.</summary>
    public async Task<IReadOnlyList<Area>> ProvincesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enrolled = db.Set<Agency>().Select(a => a.ProvinceCode).Distinct();
        return await db.Set<Area>().AsNoTracking()
            .Where(a => a.Level == AreaLevel.Province && enrolled.Contains(a.Code))
            .OrderBy(a => a.Code)
            .ToListAsync(cancellationToken);
    }

    private async Task<ProvinceRollup> RollupAsync(Area province, CancellationToken cancellationToken)
    {
        var now = Now;
        var sla = await SlaAsync(province.Code, now, cancellationToken);
        var freshness = NationalRollup.Freshness(await catalog.FreshnessStatesAsync(province.Code, cancellationToken));
        var cards = await kpis.CardsAsync(province.Code, cancellationToken);
        var districts = await budget.ByDistrictAsync(province.Code, ThaiCalendar.FiscalYearOf(now), cancellationToken);
        return new ProvinceRollup(province.Code, province.NameTh, province.NameEn, province.Population,
            sla, freshness, NationalRollup.Kpis(cards.Select(c => c.Status)), NationalRollup.Budget(districts));
    }

    private async Task<SlaPerformance> SlaAsync(string provinceCode, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = now - NationalRollup.SlaWindow;
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode);
        var openStatuses = ReportStatuses.Open.ToArray();
        var received = await reports.CountAsync(r => r.ReceivedAt >= since, cancellationToken);
        var resolved = await ResolvedOnTime.CountAsync(reports, since, now, cancellationToken);
        var open = await reports.CountAsync(r => openStatuses.Contains(r.Status), cancellationToken);
        var overdue = await reports.CountAsync(r => openStatuses.Contains(r.Status) && r.DueAt < now, cancellationToken);
        return new SlaPerformance(received, resolved.Resolved, resolved.OnTime, open, overdue);
    }
}
