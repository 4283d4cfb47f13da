using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.National;

/// <summary>
/// The provinces of the installation side by side: a province takes part once it has agencies. Each figure comes from
/// the same rules the province's own pages use (SLA due times, the freshness rule, the KPI status rule, the need index).
/// </summary>
public sealed class NationalRollupQuery(
    IReadDbContextFactory dbFactory, CatalogQuery catalog, KpiBoardQuery kpis, IBudgetVersusNeedSource budget, TimeProvider time, TallyReading tallies)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<ProvinceRollup>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var now = Now;
        var codes = provinces.Select(p => p.Code).ToList();
        // Every province's catalog, KPI and budget figures in a few queries, not a few per province (77 provinces one
        // after another waited on some 500 round trips in a row); the four reads, on their own connections, at once.
        var slaRead = SlaByProvinceAsync(codes, now, cancellationToken);
        var freshnessRead = catalog.FreshnessStatesByProvinceAsync(codes, cancellationToken);
        var cardsRead = kpis.CardsByProvinceAsync(codes, cancellationToken);
        var budgetsRead = budget.ByDistrictAsync(codes, ThaiCalendar.FiscalYearOf(now), cancellationToken);
        await Task.WhenAll(slaRead, freshnessRead, cardsRead, budgetsRead);
        var (sla, freshness, cards, budgets) = (slaRead.Result, freshnessRead.Result, cardsRead.Result, budgetsRead.Result);
        return provinces.Select(province => new ProvinceRollup(province.Code, province.NameTh, province.NameEn, province.Population,
                sla.GetValueOrDefault(province.Code, new SlaPerformance(0, 0, 0, 0, 0)),
                NationalRollup.Freshness(freshness.GetValueOrDefault(province.Code, [])),
                NationalRollup.Kpis(cards.GetValueOrDefault(province.Code, []).Select(c => c.Status)),
                NationalRollup.Budget(budgets[province.Code])))
            .ToList();
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

    /// <summary>
    /// The SLA figures of every province in a handful of grouped queries: received and resolved from each province's
    /// area tallies (whole months and days) and the raw rows of the window's partial days, open and overdue from the open
    /// tallies by due day and today's due reports.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SlaPerformance>> SlaByProvinceAsync(IReadOnlyCollection<string> provinceCodes, DateTime now, CancellationToken cancellationToken = default)
    {
        // Folded before the reads' contexts wait for their replica to catch up with the primary.
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        var codes = provinceCodes.ToArray();
        var since = now - NationalRollup.SlaWindow;
        var openStatuses = ReportStatuses.Open.ToArray();
        IQueryable<CitizenReport> Reports(OpsDbContext db) => db.Set<CitizenReport>().AsNoTracking().Where(r => codes.Contains(r.ProvinceCode));

        // Independent reads, each on its own connection, at once; each gives some of every province's five counts.
        var reads = new List<Task<List<ProvinceCounts>>>();
        void Read(Func<OpsDbContext, Task<List<ProvinceCounts>>> read) => reads.Add(dbFactory.ReadAsync(read, cancellationToken));
        if (readTallies)
        {
            // Each province's own area rows, by whole month and by the days of the window's partial months.
            var window = TallyWindow.Since(since);
            var resolvedWindow = TallyWindow.Of(since, now);
            Read(db => db.Set<AreaTally>().AsNoTracking().Where(t => codes.Contains(t.AreaCode)).In(TallyGrains.Of(window))
                .GroupBy(t => t.AreaCode).Select(g => new ProvinceCounts(g.Key, g.Sum(t => t.Reports), 0, 0, 0, 0)).ToListAsync(cancellationToken));
            Read(db => db.Set<AreaResolutionTally>().AsNoTracking()
                .Where(t => codes.Contains(t.AreaCode) && t.Timing != ResolutionTiming.NoDueTime).In(TallyGrains.Of(resolvedWindow))
                .GroupBy(t => t.AreaCode)
                .Select(g => new ProvinceCounts(g.Key, 0, g.Sum(t => t.Reports), g.Sum(t => t.Timing == ResolutionTiming.OnTime ? t.Reports : 0), 0, 0))
                .ToListAsync(cancellationToken));
            foreach (var edge in window.Edges)
            {
                Read(db => ReceivedAsync(Reports(db).ReceivedIn(edge)));
            }

            foreach (var edge in resolvedWindow.Edges)
            {
                Read(db => ResolvedAsync(Reports(db).ResolvedIn(edge)));
            }

            // Overdue: the open reports of whole due days before today, and today's due before now from the raw rows.
            var (today, todayStart) = (TallyWindow.BangkokDay(now), TallyWindow.StartOf(TallyWindow.BangkokDay(now)));
            Read(db => db.Set<OpenTally>().AsNoTracking().Where(t => codes.Contains(t.AreaCode)).GroupBy(t => t.AreaCode)
                .Select(g => new ProvinceCounts(g.Key, 0, 0, 0, g.Sum(t => t.Reports), g.Sum(t => t.DueDay < today ? t.Reports : 0)))
                .ToListAsync(cancellationToken));
            Read(db => Reports(db).WhereOpen().Where(r => r.DueAt >= todayStart && r.DueAt < now)
                .GroupBy(r => r.ProvinceCode).Select(g => new ProvinceCounts(g.Key, 0, 0, 0, 0, g.Count())).ToListAsync(cancellationToken));
        }
        else
        {
            Read(db => ReceivedAsync(Reports(db).Where(r => r.ReceivedAt >= since)));
            Read(db => ResolvedAsync(Reports(db).Where(r => r.ResolvedAt >= since && r.ResolvedAt < now)));
            Read(db => Reports(db).Where(r => openStatuses.Contains(r.Status)).GroupBy(r => r.ProvinceCode)
                .Select(g => new ProvinceCounts(g.Key, 0, 0, 0, g.Count(), g.Count(r => r.DueAt < now)))
                .ToListAsync(cancellationToken));
        }

        var counts = (await Task.WhenAll(reads)).SelectMany(r => r).ToLookup(r => r.Code);
        return codes.ToDictionary(c => c, c => new SlaPerformance(
            counts[c].Sum(r => r.Received), counts[c].Sum(r => r.Resolved), counts[c].Sum(r => r.OnTime), counts[c].Sum(r => r.Open), counts[c].Sum(r => r.Overdue)));

        Task<List<ProvinceCounts>> ReceivedAsync(IQueryable<CitizenReport> rows) =>
            rows.GroupBy(r => r.ProvinceCode).Select(g => new ProvinceCounts(g.Key, g.Count(), 0, 0, 0, 0)).ToListAsync(cancellationToken);

        Task<List<ProvinceCounts>> ResolvedAsync(IQueryable<CitizenReport> rows) =>
            rows.Where(r => r.DueAt != null).GroupBy(r => r.ProvinceCode)
                .Select(g => new ProvinceCounts(g.Key, 0, g.Count(), g.Count(r => r.ResolvedAt <= r.DueAt), 0, 0)).ToListAsync(cancellationToken);
    }

    private sealed record ProvinceCounts(string Code, int Received, int Resolved, int OnTime, int Open, int Overdue);
}
