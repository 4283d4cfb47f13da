using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Domain.Budget;

/// <summary>
/// Loads what budget-versus-need needs from the database (aggregates and thin projections only) and applies the pure
/// rules: <see cref="NeedIndex"/>, <see cref="IndicatorAllocation"/>, <see cref="BudgetAllocation"/> and
/// <see cref="BudgetGapRanking"/>. The wall, the maps and the budget pages all read through here.
/// Results are kept for <see cref="CacheFor"/> while the budget data is unchanged (<see cref="BudgetDataStamp"/>): money
/// and evidence changes show at once; new citizen reports within a minute, which a 180-day half-life cannot tell apart.
/// </summary>
public sealed class BudgetVersusNeedQuery(IReadDbContextFactory dbFactory, IOptionsMonitor<NeedIndexOptions> options, TimeProvider time, TallyReading tallies)
    : IBudgetVersusNeedSource
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string, int, BudgetMeasure, AreaLevel), Cached> _cache = new();

    public NeedIndexOptions Options => options.CurrentValue;

    public async Task<IReadOnlyList<DistrictBudgetNeed>> ByDistrictAsync(string provinceCode, int fiscalYear, CancellationToken cancellationToken = default) =>
        Districts(await MatrixAsync(provinceCode, fiscalYear, BudgetMeasure.Approved, AreaLevel.District, cancellationToken));

    /// <summary>
    /// <see cref="ByDistrictAsync(string, int, CancellationToken)"/> for several provinces: their stamps in one statement,
    /// then each cached matrix, or a few provinces at a time computed where their data changed.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DistrictBudgetNeed>>> ByDistrictAsync(
        IReadOnlyCollection<string> provinceCodes, int fiscalYear, CancellationToken cancellationToken = default)
    {
        Dictionary<string, string> stamps;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stamps = await BudgetDataStamp.OfEveryProvinceAsync(db, cancellationToken);
        }

        var districts = new ConcurrentDictionary<string, IReadOnlyList<DistrictBudgetNeed>>();
        await Parallel.ForEachAsync(provinceCodes, new ParallelOptions { MaxDegreeOfParallelism = ProvincesAtOnce, CancellationToken = cancellationToken },
            async (code, ct) =>
            {
                // A province with no area row has no stamp of its own here: it reads one as a single province does.
                var matrix = stamps.TryGetValue(code, out var stamp)
                    ? await MatrixAsync(code, fiscalYear, BudgetMeasure.Approved, AreaLevel.District, stamp, fresh: false, ct)
                    : await MatrixAsync(code, fiscalYear, BudgetMeasure.Approved, AreaLevel.District, ct);
                districts[code] = Districts(matrix);
            });
        return districts;
    }

    /// <summary>Provinces computed at once after their data changed: enough to overlap round trips, few enough to leave
    /// the pool to others (each computation reads on up to nine connections at once).</summary>
    public const int ProvincesAtOnce = 3;

    private static IReadOnlyList<DistrictBudgetNeed> Districts(BudgetNeedMatrix matrix)
    {
        var byArea = matrix.ByArea().ToDictionary(a => a.AreaCode);
        return matrix.Areas.Select(area =>
        {
            var totals = byArea[area.Code];
            var need = matrix.Need.Where(n => n.AreaCode == area.Code).ToList();
            var points = need.Sum(n => n.Points);
            return new DistrictBudgetNeed(area.Code, area.NameTh, area.NameEn, area.Population, totals.NeedShare, totals.BudgetShare, new Money(totals.BudgetSatang))
            {
                NeedPoints = points,
                NeedIndex = area.Population <= 0 ? 0 : points * 1000.0 / area.Population,
                OpenReports = need.Sum(n => n.OpenReports),
            };
        }).ToList();
    }

    /// <summary>Need and budget of every district (or subdistrict) × sector of the province; <paramref name="fresh"/> skips the cache.</summary>
    public async Task<BudgetNeedMatrix> MatrixAsync(
        string provinceCode, int fiscalYear, BudgetMeasure measure, AreaLevel level, CancellationToken cancellationToken = default, bool fresh = false)
    {
        string stamp;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stamp = await BudgetDataStamp.OfAsync(db, provinceCode, cancellationToken);
        }

        return await MatrixAsync(provinceCode, fiscalYear, measure, level, stamp, fresh, cancellationToken);
    }

    private async Task<BudgetNeedMatrix> MatrixAsync(
        string provinceCode, int fiscalYear, BudgetMeasure measure, AreaLevel level, string stamp, bool fresh, CancellationToken cancellationToken)
    {
        var key = (provinceCode, fiscalYear, measure, level == AreaLevel.Subdistrict ? AreaLevel.Subdistrict : AreaLevel.District);
        var now = time.GetUtcNow().UtcDateTime;
        if (!fresh && _cache.TryGetValue(key, out var cached) && cached.Stamp == stamp && now - cached.At < CacheFor && ReferenceEquals(cached.Options, options.CurrentValue))
        {
            return cached.Matrix;
        }

        var matrix = await ComputeAsync(provinceCode, fiscalYear, measure, level, cancellationToken);
        _cache[key] = new Cached(matrix, stamp, now, options.CurrentValue);
        return matrix;
    }

    private sealed record Cached(BudgetNeedMatrix Matrix, string Stamp, DateTime At, NeedIndexOptions Options);

    private async Task<BudgetNeedMatrix> ComputeAsync(string provinceCode, int fiscalYear, BudgetMeasure measure, AreaLevel level, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var asOf = NeedIndex.AsOfFor(fiscalYear, time.GetUtcNow().UtcDateTime);
        var windowStart = NeedIndex.WindowStart(asOf, settings);
        var readTallies = await tallies.ReadyAsync(cancellationToken);
        var areaLevel = level == AreaLevel.Subdistrict ? AreaLevel.Subdistrict : AreaLevel.District;

        // Independent reads, each on its own connection, at once (see ParallelReads).
        var areasRead = dbFactory.ReadAsync(db => db.Set<Area>().AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && a.Level == areaLevel)
            .OrderBy(a => a.Code)
            .Select(a => new AreaRow(a.Code, a.NameTh, a.NameEn, a.Population, a.ParentCode))
            .ToListAsync(cancellationToken), cancellationToken);
        var reportsRead = NeedReportTallies.LoadAsync(dbFactory, provinceCode, windowStart, asOf, areaLevel, settings.HalfLifeDays, cancellationToken, readTallies);
        var indicatorsRead = dbFactory.ReadAsync(db => LoadIndicatorsAsync(db, provinceCode, cancellationToken), cancellationToken);
        var projectsRead = dbFactory.ReadAsync(db => LoadProjectsAsync(db, provinceCode, fiscalYear, cancellationToken), cancellationToken);
        await Task.WhenAll(areasRead, reportsRead, indicatorsRead, projectsRead);
        var areas = areasRead.Result;
        var (reports, unlocated) = reportsRead.Result;

        var placed = areas.Select(a => new PlacedArea(a.Code, a.DistrictCode, a.Population)).ToList();
        var indicators = IndicatorAllocation.ToAreas(indicatorsRead.Result, placed);
        var need = NeedIndex.Compute(reports, indicators, areas.ToDictionary(a => a.Code, a => a.Population), settings);

        var projects = Place(projectsRead.Result, measure, areaLevel, areas);
        var budgetByCell = new Dictionary<(string, string), (long Satang, long Unevidenced)>();
        foreach (var project in projects)
        {
            foreach (var (area, satang) in project.Placed)
            {
                var current = budgetByCell.GetValueOrDefault((area, project.Sector));
                budgetByCell[(area, project.Sector)] = (current.Satang + satang, current.Unevidenced + (project.HasEvidence ? 0 : satang));
            }
        }

        var cells = BudgetGapRanking.Shares(need.Select(n =>
        {
            var budget = budgetByCell.GetValueOrDefault((n.AreaCode, n.Sector));
            return new CellBudgetNeed(n.AreaCode, n.Sector, n.Points, budget.Satang, budget.Unevidenced);
        }));
        return new BudgetNeedMatrix(provinceCode, fiscalYear, measure, areaLevel, asOf, windowStart, areas, need, cells, projects, unlocated);
    }

    /// <summary>The latest year's value of each indicator in each area.</summary>
    private static async Task<List<NeedIndicator>> LoadIndicatorsAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        var rows = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.ProvinceCode == provinceCode)
            .Select(v => new { v.IndicatorCode, v.AreaCode, v.Year, v.Value })
            .ToListAsync(ct);
        return rows.GroupBy(v => (v.IndicatorCode, v.AreaCode))
            .Select(g => g.MaxBy(v => v.Year)!)
            .Select(v => new NeedIndicator(v.AreaCode, v.IndicatorCode, v.Value))
            .ToList();
    }

    private static async Task<ProjectRows> LoadProjectsAsync(OpsDbContext db, string provinceCode, int fiscalYear, CancellationToken ct)
    {
        // One round trip for the projects with their year's amounts and evidence count (the figure is read on every
        // budget, map and wall screen, and each query is a round trip).
        var lines = db.Set<BudgetLine>().Where(l => l.FiscalYear == fiscalYear);
        var projects = await db.Set<Project>().AsNoTracking()
            .Where(p => p.ProvinceCode == provinceCode && p.Status != ProjectStatus.Cancelled && lines.Any(l => l.ProjectId == p.Id))
            .Select(p => new ProjectRow(
                p.Id, p.Code, p.NameTh, p.NameEn, p.Sector, p.Status, p.OwnerAgencyId, p.AreaCode,
                lines.Where(l => l.ProjectId == p.Id).Sum(l => l.Requested.Satang),
                lines.Where(l => l.ProjectId == p.Id).Sum(l => l.Approved.Satang),
                lines.Where(l => l.ProjectId == p.Id).Sum(l => l.Disbursed.Satang),
                db.Set<EvidenceLink>().Count(e => e.ProjectId == p.Id)))
            .ToListAsync(ct);
        var extraAreas = await (
                from extra in db.Set<ProjectArea>()
                join project in db.Set<Project>() on extra.ProjectId equals project.Id
                where project.ProvinceCode == provinceCode
                select new { extra.ProjectId, extra.AreaCode })
            .ToListAsync(ct);
        return new ProjectRows(projects, extraAreas.ToLookup(e => e.ProjectId, e => e.AreaCode));
    }

    /// <summary>Each project's money of the chosen measure, placed on its areas.</summary>
    private static List<ProjectBudget> Place(ProjectRows rows, BudgetMeasure measure, AreaLevel level, IReadOnlyList<AreaRow> areas)
    {
        var (projects, extraByProject) = rows;
        var subdistrictsByDistrict = level == AreaLevel.Subdistrict
            ? areas.GroupBy(a => a.DistrictCode ?? a.Code[..4]).ToDictionary(g => g.Key, g => (IReadOnlyList<(string, int)>)g.Select(a => (a.Code, a.Population)).ToList())
            : [];
        return projects.Select(p =>
        {
            var satang = measure switch
            {
                BudgetMeasure.Requested => p.Requested,
                BudgetMeasure.Disbursed => p.Disbursed,
                _ => p.Approved,
            };
            var areaCodes = new[] { p.AreaCode }.Concat(extraByProject[p.Id]).Distinct(StringComparer.Ordinal).ToList();
            long unplaced;
            var placed = level == AreaLevel.Subdistrict
                ? BudgetAllocation.ToSubdistricts(satang, areaCodes, subdistrictsByDistrict, out unplaced)
                : BudgetAllocation.ToDistricts(satang, areaCodes, out unplaced);
            return new ProjectBudget(p.Id, p.Code, p.NameTh, p.NameEn, p.Sector, p.Status, p.OwnerAgencyId, areaCodes, satang,
                p.Evidence, placed, unplaced);
        }).ToList();
    }

    private sealed record ProjectRow(int Id, string Code, string NameTh, string? NameEn, string Sector, ProjectStatus Status, int OwnerAgencyId, string AreaCode,
        long Requested, long Approved, long Disbursed, int Evidence);

    private sealed record ProjectRows(List<ProjectRow> Projects, ILookup<int, string> ExtraAreas);
}
