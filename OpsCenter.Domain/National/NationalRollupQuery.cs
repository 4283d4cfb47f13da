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
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.National;

/// <summary>
/// The provinces of the installation side by side: a province takes part once it has agencies. Each figure comes from
/// the same rules the province's own pages use (SLA due times, the freshness rule, the KPI status rule, the need index).
/// </summary>
public sealed class NationalRollupQuery(
    IDbContextFactory<OpsDbContext> dbFactory, CatalogQuery catalog, KpiBoardQuery kpis, IBudgetVersusNeedSource budget, TimeProvider time, TallyReading tallies)
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

    /// <summary>
    /// Received and resolved come from the tallies (whole days) and the raw rows of the window's first, partial day;
    /// open and overdue from the open reports, which an index keeps apart from the history however long it grows.
    /// </summary>
    private async Task<SlaPerformance> SlaAsync(string provinceCode, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = now - NationalRollup.SlaWindow;
        if (!tallies.Enabled)
        {
            return await RawSlaAsync(db, provinceCode, since, now, cancellationToken);
        }

        var window = TallyWindow.Since(since);
        var resolvedWindow = TallyWindow.Of(since, now);
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode);
        var openStatuses = ReportStatuses.Open.ToArray();
        var received = await TallyReads.Received(db, provinceCode, window: window).SumAsync(t => t.Reports, cancellationToken);
        var timed = TallyReads.Resolved(db, provinceCode, window: resolvedWindow).Where(t => t.Timing != ResolutionTiming.NoDueTime);
        var resolved = await timed.SumAsync(t => t.Reports, cancellationToken);
        var onTime = await timed.Where(t => t.Timing == ResolutionTiming.OnTime).SumAsync(t => t.Reports, cancellationToken);
        foreach (var edge in window.Edges)
        {
            received += await reports.ReceivedIn(edge).CountAsync(cancellationToken);
        }

        foreach (var edge in resolvedWindow.Edges)
        {
            var edgeResolved = await ResolvedOnTime.CountAsync(reports, edge.From, edge.Until, cancellationToken);
            resolved += edgeResolved.Resolved;
            onTime += edgeResolved.OnTime;
        }

        var open = await reports.CountAsync(r => openStatuses.Contains(r.Status), cancellationToken);
        var overdue = await reports.CountAsync(r => openStatuses.Contains(r.Status) && r.DueAt < now, cancellationToken);
        return new SlaPerformance(received, resolved, onTime, open, overdue);
    }

    private static async Task<SlaPerformance> RawSlaAsync(OpsDbContext db, string provinceCode, DateTime since, DateTime now, CancellationToken cancellationToken)
    {
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == provinceCode);
        var openStatuses = ReportStatuses.Open.ToArray();
        var received = await reports.CountAsync(r => r.ReceivedAt >= since, cancellationToken);
        var resolved = await ResolvedOnTime.CountAsync(reports, since, now, cancellationToken);
        var open = await reports.CountAsync(r => openStatuses.Contains(r.Status), cancellationToken);
        var overdue = await reports.CountAsync(r => openStatuses.Contains(r.Status) && r.DueAt < now, cancellationToken);
        return new SlaPerformance(received, resolved.Resolved, resolved.OnTime, open, overdue);
    }
}
