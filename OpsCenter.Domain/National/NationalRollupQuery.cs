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
        var sla = await SlaByProvinceAsync(codes, now, cancellationToken);
        // Every province's catalog, KPI and budget figures in a few queries, not a few per province (77 provinces one
        // after another waited on some 500 round trips in a row).
        var freshness = await catalog.FreshnessStatesByProvinceAsync(codes, cancellationToken);
        var cards = await kpis.CardsByProvinceAsync(codes, cancellationToken);
        var budgets = await budget.ByDistrictAsync(codes, ThaiCalendar.FiscalYearOf(now), cancellationToken);
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
        // Folded before the read's context waits for its replica to catch up with the primary.
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = provinceCodes.ToArray();
        var since = now - NationalRollup.SlaWindow;
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => codes.Contains(r.ProvinceCode));
        var received = new Dictionary<string, int>();
        var resolved = new Dictionary<string, (int Resolved, int OnTime)>();
        void AddReceived(string code, int count) => received[code] = received.GetValueOrDefault(code) + count;
        void AddResolved(string code, int count, int onTime)
        {
            var (c, o) = resolved.GetValueOrDefault(code);
            resolved[code] = (c + count, o + onTime);
        }

        var openStatuses = ReportStatuses.Open.ToArray();
        Dictionary<string, (int Open, int Overdue)> open;
        if (readTallies)
        {
            // Each province's own area rows, by whole month and by the days of the window's partial months.
            var window = TallyWindow.Since(since);
            var resolvedWindow = TallyWindow.Of(since, now);
            foreach (var g in await db.Set<AreaTally>().AsNoTracking().Where(t => codes.Contains(t.AreaCode)).In(TallyGrains.Of(window))
                .GroupBy(t => t.AreaCode).Select(g => new { g.Key, Count = g.Sum(t => t.Reports) }).ToListAsync(cancellationToken))
            {
                AddReceived(g.Key, g.Count);
            }

            foreach (var g in await db.Set<AreaResolutionTally>().AsNoTracking()
                .Where(t => codes.Contains(t.AreaCode) && t.Timing != ResolutionTiming.NoDueTime).In(TallyGrains.Of(resolvedWindow))
                .GroupBy(t => t.AreaCode)
                .Select(g => new { g.Key, Count = g.Sum(t => t.Reports), OnTime = g.Sum(t => t.Timing == ResolutionTiming.OnTime ? t.Reports : 0) })
                .ToListAsync(cancellationToken))
            {
                AddResolved(g.Key, g.Count, g.OnTime);
            }

            foreach (var edge in window.Edges)
            {
                await ReceivedAsync(reports.ReceivedIn(edge));
            }

            foreach (var edge in resolvedWindow.Edges)
            {
                await ResolvedAsync(reports.ResolvedIn(edge));
            }

            // Overdue: the open reports of whole due days before today, and today's due before now from the raw rows.
            var (today, todayStart) = (TallyWindow.BangkokDay(now), TallyWindow.StartOf(TallyWindow.BangkokDay(now)));
            open = await db.Set<OpenTally>().AsNoTracking().Where(t => codes.Contains(t.AreaCode)).GroupBy(t => t.AreaCode)
                .Select(g => new { g.Key, Open = g.Sum(t => t.Reports), Overdue = g.Sum(t => t.DueDay < today ? t.Reports : 0) })
                .ToDictionaryAsync(g => g.Key, g => (g.Open, g.Overdue), cancellationToken);
            foreach (var g in await reports.WhereOpen().Where(r => r.DueAt >= todayStart && r.DueAt < now)
                .GroupBy(r => r.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                var (o, d) = open.GetValueOrDefault(g.Key);
                open[g.Key] = (o, d + g.Count);
            }
        }
        else
        {
            await ReceivedAsync(reports.Where(r => r.ReceivedAt >= since));
            await ResolvedAsync(reports.Where(r => r.ResolvedAt >= since && r.ResolvedAt < now));
            open = await reports.Where(r => openStatuses.Contains(r.Status)).GroupBy(r => r.ProvinceCode)
                .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueAt < now) })
                .ToDictionaryAsync(g => g.Key, g => (g.Open, g.Overdue), cancellationToken);
        }

        return codes.ToDictionary(c => c, c =>
        {
            var (count, onTime) = resolved.GetValueOrDefault(c);
            var (openCount, overdue) = open.GetValueOrDefault(c);
            return new SlaPerformance(received.GetValueOrDefault(c), count, onTime, openCount, overdue);
        });

        async Task ReceivedAsync(IQueryable<CitizenReport> rows)
        {
            foreach (var g in await rows.GroupBy(r => r.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                AddReceived(g.Key, g.Count);
            }
        }

        async Task ResolvedAsync(IQueryable<CitizenReport> rows)
        {
            foreach (var g in await rows.Where(r => r.DueAt != null).GroupBy(r => r.ProvinceCode)
                .Select(g => new { g.Key, Count = g.Count(), OnTime = g.Count(r => r.ResolvedAt <= r.DueAt) }).ToListAsync(cancellationToken))
            {
                AddResolved(g.Key, g.Count, g.OnTime);
            }
        }
    }
}
