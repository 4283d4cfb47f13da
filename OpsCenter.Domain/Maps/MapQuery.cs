using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Overview;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.Maps;

/// <summary>
/// The map at one drill level: a province's districts or a district's subdistricts, with report figures under the
/// filter, the budget figures of <see cref="BudgetMapMetrics"/>, the side panel's lists and the binned heat layer.
/// A district's view can focus one of its subdistricts: the map still shows them all, the side panel only that one.
/// </summary>
public sealed class MapQuery(IReadDbContextFactory dbFactory, BudgetMapMetrics budget, TimeProvider time, TallyReading tallies)
{
    /// <summary>Points beyond this many are left to the heat layer; clusters of more would not help anyone.</summary>
    public const int MaxPoints = 2000;

    public async Task<MapView?> LoadAsync(string scopeCode, MapFilter filter, string? subdistrictCode = null, CancellationToken cancellationToken = default)
    {
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (await FiguresAsync(db, scopeCode, filter, now, readTallies, cancellationToken) is not var (scope, children, areas, totals))
        {
            return null;
        }

        var open = ReportStatuses.Open.ToArray();
        var stateFiltered = ByState(Filtered(db, scope, filter, now), filter.State, now);
        var map = new MapView(
            scope, filter, areas, totals, [], [], [], [],
            await HeatAsync(stateFiltered, cancellationToken),
            await stateFiltered.Where(r => r.Latitude != null && r.Longitude != null).OrderByDescending(r => r.ReceivedAt).Take(MaxPoints)
                .Select(r => new MapPoint(r.Id, r.TrackingNumber, r.Latitude!.Value, r.Longitude!.Value, r.CategoryCode, open.Contains(r.Status)))
                .ToListAsync(cancellationToken),
            children.Any(c => c.BoundaryIsApproximate));
        return await PanelAsync(db, map, subdistrictCode, now, readTallies, cancellationToken);
    }

    /// <summary>
    /// The heat layer binned by the database, as <see cref="HeatBinning.BinForView"/> bins the points: the cell from the
    /// points' span, then one count per cell. A period's points stay in the database (a province's year is ~50,000, a large
    /// province's history most of a million), which reads them from the index by province and time received.
    /// </summary>
    internal static async Task<IReadOnlyList<HeatCell>> HeatAsync(IQueryable<CitizenReport> reports, CancellationToken cancellationToken)
    {
        var located = reports.Where(r => r.Latitude != null && r.Longitude != null);
        var extent = await located.GroupBy(_ => 1)
            .Select(g => new { MinLat = g.Min(r => r.Latitude!.Value), MaxLat = g.Max(r => r.Latitude!.Value), MinLon = g.Min(r => r.Longitude!.Value), MaxLon = g.Max(r => r.Longitude!.Value) })
            .FirstOrDefaultAsync(cancellationToken);
        if (extent is null)
        {
            return [];
        }

        var cell = HeatBinning.CellFor(Math.Max(extent.MaxLat - extent.MinLat, extent.MaxLon - extent.MinLon));
        var bins = await located
            .GroupBy(r => new { Row = (long)Math.Floor(r.Latitude!.Value / cell), Column = (long)Math.Floor(r.Longitude!.Value / cell) })
            .Select(g => new { g.Key.Row, g.Key.Column, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return HeatBinning.Cells(bins.Select(b => (b.Row, b.Column, b.Count)), cell);
    }

    /// <summary>The map's area figures alone (what a choropleth metric colours), without its heat, points or panel.</summary>
    public async Task<IReadOnlyList<MapAreaFigures>?> AreaFiguresAsync(string scopeCode, MapFilter filter, CancellationToken cancellationToken = default)
    {
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await FiguresAsync(db, scopeCode, filter, time.GetUtcNow().UtcDateTime, readTallies, cancellationToken))?.Areas;
    }

    private async Task<Figures?> FiguresAsync(OpsDbContext db, string scopeCode, MapFilter filter, DateTime now, bool readTallies, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(db, scopeCode, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        // The children, their counts and the budget metrics are independent reads: each on its own connection, at once.
        var childrenRead = dbFactory.ReadAsync(read => read.Set<Area>().AsNoTracking().Where(a => a.ParentCode == scope.Code).OrderBy(a => a.Code)
            .Select(a => new ChildArea(a.Code, a.NameTh, a.NameEn, a.Population, a.BoundaryIsApproximate)).ToListAsync(cancellationToken), cancellationToken);
        var countsRead = readTallies
            ? CountsAsync(scope, childrenRead, filter, now, cancellationToken)
            : dbFactory.ReadAsync(read => RawCountsAsync(scope, Filtered(read, scope, filter, now), now, cancellationToken), cancellationToken);
        var budgetsRead = BudgetAsync(scope, now, cancellationToken);
        await Task.WhenAll(childrenRead, countsRead, budgetsRead);
        var (children, counts, budgets) = (childrenRead.Result, countsRead.Result, budgetsRead.Result);

        var areas = children.Select(c =>
        {
            var n = counts.GetValueOrDefault(c.Code);
            var reports = filter.State switch
            {
                MapReportState.Open => n?.Open ?? 0,
                MapReportState.Overdue => n?.Overdue ?? 0,
                MapReportState.Resolved => n?.Resolved ?? 0,
                _ => n?.All ?? 0,
            };
            var b = budgets.GetValueOrDefault(c.Code);
            return new MapAreaFigures(c.Code, c.NameTh, c.NameEn, c.Population, reports, n?.Open ?? 0, n?.Overdue ?? 0,
                b?.NeedIndex, b?.BudgetPerResident, b is null || double.IsNaN(b.BudgetToNeedRatio) ? null : b.BudgetToNeedRatio);
        }).ToList();
        var population = children.Sum(c => c.Population);
        var totals = new MapAreaFigures(scope.Code, scope.NameTh, scope.NameEn, population,
            areas.Sum(a => a.Reports), areas.Sum(a => a.Open), areas.Sum(a => a.Overdue),
            Weighted(areas, a => a.NeedIndex), population <= 0 ? null : areas.Sum(a => (a.BudgetPerResident ?? 0) * a.Population) / population);
        return new Figures(scope, children, areas, totals);
    }

    private sealed record ChildArea(string Code, string NameTh, string NameEn, int Population, bool BoundaryIsApproximate);

    private sealed record Figures(MapScope Scope, List<ChildArea> Children, List<MapAreaFigures> Areas, MapAreaFigures Totals);

    /// <summary>
    /// The same view with the side panel on one of its subdistricts (or back on the whole scope with null): only the
    /// panel's lists are queried again; the areas, heat and points are the view's own, so the map has nothing to redraw.
    /// </summary>
    public async Task<MapView> FocusAsync(MapView view, string? subdistrictCode, CancellationToken cancellationToken = default)
    {
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PanelAsync(db, view, subdistrictCode, time.GetUtcNow().UtcDateTime, readTallies, cancellationToken);
    }

    private static async Task<MapView> PanelAsync(OpsDbContext db, MapView view, string? subdistrictCode, DateTime now, bool readTallies, CancellationToken cancellationToken)
    {
        var (scope, filter) = (view.Scope, view.Filter);
        // Only a subdistrict of this district can be focused; any other code leaves the panel on the district.
        var focus = scope.Level == AreaLevel.District ? view.Areas.FirstOrDefault(a => a.Code == subdistrictCode) : null;
        var panelReports = InScope(db, scope, filter);
        if (focus is not null)
        {
            panelReports = panelReports.Where(r => r.SubdistrictCode == focus.Code);
        }

        var panelFiltered = filter.Since(now) is { } since ? panelReports.Where(r => r.ReceivedAt >= since) : panelReports;

        var open = ReportStatuses.Open.ToArray();
        return view with
        {
            Focus = focus,
            TopCategories = readTallies
                ? await TopCategoriesAsync(db, await TallyFigures.ByCategoryAsync(db, scope.ProvinceCode, focus?.Code ?? PanelArea(scope), filter.Category, filter.Since(now), panelReports, cancellationToken), cancellationToken)
                : await TopCategoriesAsync(db, panelFiltered, cancellationToken),
            Trend = readTallies
                ? await ProvinceOverviewQuery.TalliedMonthlyAsync(db, scope.ProvinceCode, focus?.Code ?? PanelArea(scope), filter.Category, now, cancellationToken)
                : await ProvinceOverviewQuery.MonthlyAsync(panelReports, now, cancellationToken),
            OpenReports = await panelReports.Where(r => open.Contains(r.Status)).OrderBy(r => r.DueAt).Take(10)
                .Select(r => new MapReportRow(r.Id, r.TrackingNumber, r.CategoryCode, r.SubdistrictCode, r.ReceivedAt, r.DueAt, r.DueAt < now))
                .ToListAsync(cancellationToken),
            Projects = await ProjectsAsync(db, scope.ProvinceCode, focus?.Code ?? scope.Code, cancellationToken),
        };
    }

    /// <summary>
    /// Each child area's counts under the filter: received, open and resolved from the child areas' own month and day
    /// tallies (the category tallies under a category filter) and the raw rows of the period's first, partial day;
    /// overdue from the open tallies by due day when the period is all time, else from the open reports.
    /// </summary>
    private async Task<Dictionary<string, ChildCounts>> CountsAsync(
        MapScope scope, Task<List<ChildArea>> childrenRead, MapFilter filter, DateTime now, CancellationToken cancellationToken)
    {
        var open = ReportStatuses.Open.ToArray();
        var byDistrict = scope.Level == AreaLevel.Province;
        var since = filter.Since(now);
        var window = since is { } from ? TallyWindow.Since(from) : null;
        var childCodesRead = CodesAsync(childrenRead);
        var reads = new List<Task<List<ChildCounts>>>
        {
            dbFactory.ReadAsync(async db =>
            {
                if (filter.Category is not null)
                {
                    var tallies = TallyReads.Received(db, scope.ProvinceCode, byDistrict ? null : scope.Code, filter.Category, window);
                    return await (byDistrict ? tallies.GroupBy(t => t.DistrictCode) : tallies.GroupBy(t => t.SubdistrictCode))
                        .Select(g => new ChildCounts(g.Key, g.Sum(t => t.Reports), g.Sum(t => open.Contains(t.Status) ? t.Reports : 0), 0,
                            g.Sum(t => t.Status == ReportStatus.Resolved ? t.Reports : 0)))
                        .ToListAsync(cancellationToken);
                }

                var childCodes = await childCodesRead;
                return await db.Set<AreaTally>().AsNoTracking().Where(t => childCodes.Contains(t.AreaCode))
                    .In(window is null ? TallyGrains.Ever : TallyGrains.Of(window))
                    .GroupBy(t => t.AreaCode)
                    .Select(g => new ChildCounts(g.Key, g.Sum(t => t.Reports), g.Sum(t => open.Contains(t.Status) ? t.Reports : 0), 0,
                        g.Sum(t => t.Status == ReportStatus.Resolved ? t.Reports : 0)))
                    .ToListAsync(cancellationToken);
            }, cancellationToken),
        };

        reads.AddRange((window?.Edges ?? []).Select(edge => dbFactory.ReadAsync(db =>
        {
            var edgeReports = InScope(db, scope, filter).ReceivedIn(edge);
            return (byDistrict ? edgeReports.GroupBy(r => r.DistrictCode) : edgeReports.GroupBy(r => r.SubdistrictCode))
                .Select(g => new ChildCounts(g.Key ?? "", g.Count(), g.Count(r => open.Contains(r.Status)), 0, g.Count(r => r.Status == ReportStatus.Resolved)))
                .ToListAsync(cancellationToken);
        }, cancellationToken)));

        // Overdue all time: the open tallies by due day before today, and today's from the open reports due today.
        var allTimeBacklog = since is null && filter.Category is null;
        var today = TallyWindow.BangkokDay(now);
        if (allTimeBacklog)
        {
            reads.Add(dbFactory.ReadAsync(async db =>
            {
                var childCodes = await childCodesRead;
                return await db.Set<OpenTally>().AsNoTracking().Where(t => childCodes.Contains(t.AreaCode) && t.DueDay < today)
                    .GroupBy(t => t.AreaCode).Select(g => new ChildCounts(g.Key, 0, 0, g.Sum(t => t.Reports), 0)).ToListAsync(cancellationToken);
            }, cancellationToken));
        }

        reads.Add(dbFactory.ReadAsync(db =>
        {
            var filtered = Filtered(db, scope, filter, now);
            if (allTimeBacklog)
            {
                var todayStart = TallyWindow.StartOf(today);
                filtered = filtered.Where(r => r.DueAt >= todayStart);
            }

            var overdue = filtered.WhereOpen().Where(r => r.DueAt < now);
            return (byDistrict ? overdue.GroupBy(r => r.DistrictCode) : overdue.GroupBy(r => r.SubdistrictCode))
                .Select(g => new ChildCounts(g.Key ?? "", 0, 0, g.Count(), 0))
                .ToListAsync(cancellationToken);
        }, cancellationToken));

        var rows = (await Task.WhenAll(reads)).SelectMany(r => r);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key,
            g => new ChildCounts(g.Key, g.Sum(r => r.All), g.Sum(r => r.Open), g.Sum(r => r.Overdue), g.Sum(r => r.Resolved)));
    }

    private static async Task<string[]> CodesAsync(Task<List<ChildArea>> childrenRead) => [.. (await childrenRead).Select(c => c.Code)];

    private static async Task<Dictionary<string, ChildCounts>> RawCountsAsync(MapScope scope, IQueryable<CitizenReport> filtered, DateTime now, CancellationToken cancellationToken)
    {
        var open = ReportStatuses.Open.ToArray();
        var byChild = scope.Level == AreaLevel.Province ? filtered.GroupBy(r => r.DistrictCode) : filtered.GroupBy(r => r.SubdistrictCode);
        var rows = await byChild.Select(g => new ChildCounts(g.Key ?? "", g.Count(), g.Count(r => open.Contains(r.Status)),
            g.Count(r => open.Contains(r.Status) && r.DueAt < now), g.Count(r => r.Status == ReportStatus.Resolved))).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());
    }

    private sealed record ChildCounts(string Code, int All, int Open, int Overdue, int Resolved);

    /// <summary>The scope's reports in the filter's category received in the filter's period.</summary>
    private static IQueryable<CitizenReport> Filtered(OpsDbContext db, MapScope scope, MapFilter filter, DateTime now) =>
        filter.Since(now) is { } since ? InScope(db, scope, filter).Where(r => r.ReceivedAt >= since) : InScope(db, scope, filter);

    /// <summary>The scope's reports in the filter's category, of any time.</summary>
    private static IQueryable<CitizenReport> InScope(OpsDbContext db, MapScope scope, MapFilter filter)
    {
        var reports = db.Set<CitizenReport>().AsNoTracking().Where(r => r.ProvinceCode == scope.ProvinceCode);
        if (scope.Level == AreaLevel.District)
        {
            reports = reports.Where(r => r.DistrictCode == scope.Code);
        }

        return filter.Category is { } category ? reports.Where(r => r.CategoryCode == category) : reports;
    }

    private static IQueryable<CitizenReport> ByState(IQueryable<CitizenReport> reports, MapReportState state, DateTime now)
    {
        var open = ReportStatuses.Open.ToArray();
        return state switch
        {
            MapReportState.Open => reports.Where(r => open.Contains(r.Status)),
            MapReportState.Overdue => reports.Where(r => open.Contains(r.Status) && r.DueAt < now),
            MapReportState.Resolved => reports.Where(r => r.Status == ReportStatus.Resolved),
            _ => reports,
        };
    }

    private static double? Weighted(IReadOnlyList<MapAreaFigures> areas, Func<MapAreaFigures, double?> value)
    {
        var population = areas.Where(a => value(a) is not null).Sum(a => (double)a.Population);
        return population <= 0 ? null : areas.Sum(a => (value(a) ?? 0) * a.Population) / population;
    }

    private static async Task<MapScope?> ScopeAsync(OpsDbContext db, string code, CancellationToken cancellationToken)
    {
        var area = await db.Set<Area>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (area is null || area.Level == AreaLevel.Subdistrict)
        {
            return null;
        }

        var province = area.Level == AreaLevel.Province ? area : await db.Set<Area>().AsNoTracking().FirstAsync(a => a.Code == area.ProvinceCode, cancellationToken);
        return new MapScope(area.Code, area.Level, area.NameTh, area.NameEn, province.Code, province.NameTh, province.NameEn);
    }

    private async Task<IReadOnlyDictionary<string, AreaBudgetMetric>> BudgetAsync(MapScope scope, DateTime now, CancellationToken cancellationToken)
    {
        var level = scope.Level == AreaLevel.Province ? AreaLevel.District : AreaLevel.Subdistrict;
        var metrics = await budget.ForAsync(scope.ProvinceCode, ThaiCalendar.FiscalYearOf(now), level,
            scope.Level == AreaLevel.District ? scope.Code : null, cancellationToken: cancellationToken);
        return metrics.ToDictionary(m => m.AreaCode);
    }

    /// <summary>The area a scope's panel covers when no subdistrict is focused: none below the province, or the district.</summary>
    private static string? PanelArea(MapScope scope) => scope.Level == AreaLevel.District ? scope.Code : null;

    private static async Task<IReadOnlyList<CategoryCount>> TopCategoriesAsync(OpsDbContext db, IQueryable<CitizenReport> reports, CancellationToken cancellationToken) =>
        await TopCategoriesAsync(db, await reports.GroupBy(r => r.CategoryCode).Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<CategoryCount>> TopCategoriesAsync(OpsDbContext db, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        var top = counts.Select(c => new { Code = c.Key, Count = c.Value }).OrderByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal).Take(5).ToList();
        var codes = top.Select(t => t.Code).ToArray();
        var names = await db.Set<ReportCategory>().AsNoTracking().Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, cancellationToken);
        return top.Select(t => new CategoryCount(t.Code, names.GetValueOrDefault(t.Code)?.NameTh ?? t.Code, names.GetValueOrDefault(t.Code)?.NameEn ?? t.Code, t.Count)).ToList();
    }

    private static async Task<IReadOnlyList<MapProjectRow>> ProjectsAsync(OpsDbContext db, string provinceCode, string code, CancellationToken cancellationToken)
    {
        return await db.Set<Project>().AsNoTracking()
            .Where(p => p.ProvinceCode == provinceCode && p.Status != ProjectStatus.Cancelled
                && (EF.Functions.Like(p.AreaCode, code + "%") || p.ExtraAreas.Any(a => EF.Functions.Like(a.AreaCode, code + "%"))))
            .OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Code).Take(10)
            .Select(p => new MapProjectRow(p.Id, p.Code, p.NameTh, p.NameEn, p.AreaCode, p.FiscalYear, p.Status))
            .ToListAsync(cancellationToken);
    }
}
