using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Budget;

public sealed record EvidenceReport(
    long Id,
    string TrackingNumber,
    string CategoryCode,
    string CategoryTh,
    string CategoryEn,
    ReportKind Kind,
    ReportStatus Status,
    DateTime ReceivedAt,
    DateTime? ResolvedAt,
    string? DistrictCode,
    string? SubdistrictCode,
    double? Latitude,
    double? Longitude)
{
    /// <summary>Evidence packs are shared and printed: a report's location is approximate (public), never its exact point.</summary>
    public double? Latitude { get; init; } = ReportFieldClassification.Approximate(Latitude);

    public double? Longitude { get; init; } = ReportFieldClassification.Approximate(Longitude);
}

/// <summary>Reports per Bangkok calendar month: linked to the project, and all of the project's sector in its areas.</summary>
/// <summary>One Bangkok month of the pack's trend; <see cref="Partial"/> for the month the pack's as-of instant falls in.</summary>
public sealed record MonthlyCount(int Year, int Month, int Linked, int InAreas, bool Partial = false);

public sealed record CategoryCount(string Code, string NameTh, string NameEn, int Linked, int InAreas, int OpenInAreas);

/// <summary>The need of one of the project's areas: in the project's sector and over all sectors, and its rank in the province.</summary>
public sealed record AreaNeed(
    string Code,
    string NameTh,
    string NameEn,
    int Population,
    double SectorIndex,
    double AllSectorsIndex,
    int SectorRank,
    int AreasRanked,
    int Reports,
    int OpenReports);

/// <summary>What a head of agency attaches to a budget request: the project and the evidence behind it.</summary>
public sealed record EvidencePack(
    ProjectDetail Detail,
    int FiscalYear,
    DateTime AsOf,
    DateTime WindowStart,
    IReadOnlyList<EvidenceReport> LinkedReports,
    int ReportsInAreas,
    int OpenInAreas,
    IReadOnlyList<CategoryCount> Categories,
    IReadOnlyList<MonthlyCount> Trend,
    IReadOnlyList<AreaNeed> AreaNeeds,
    IReadOnlyDictionary<string, double> MapIndex,
    NeedIndexOptions Weights)
{
    /// <summary>
    /// A pack for an area and a sector rather than a project: the need an agency head asks money for. Its "project" is
    /// the subject only (never saved); its linked reports are the sector's reports in the area.
    /// </summary>
    public bool IsAreaPack { get; init; }

    /// <summary>For an area pack: the projects of the sector already covering the area in the fiscal year (none: "no project yet").</summary>
    public IReadOnlyList<Project> ProjectsInArea { get; init; } = [];

    /// <summary>For an area pack: the external indicators imported for the area (or its district), whichever sector they count toward.</summary>
    public IReadOnlyList<AreaIndicator> Indicators { get; init; } = [];
}

/// <summary>An external indicator's latest figure for an area, and whether it adds to the pack's sector.</summary>
public sealed record AreaIndicator(string Code, string NameTh, string NameEn, string AreaCode, double Value, string Unit, int? Year, string? Source, bool CountsTowardSector, string? UnitEn = null);

public sealed class EvidencePackQuery(IDbContextFactory<OpsDbContext> dbFactory, ProjectQueries projects, BudgetVersusNeedQuery need, TimeProvider time)
{
    /// <summary>The pack with need measured for <paramref name="fiscalYear"/> (default: the current fiscal year, i.e. as of now).</summary>
    public async Task<EvidencePack?> LoadAsync(int projectId, int? fiscalYear = null, CancellationToken ct = default)
    {
        var detail = await projects.DetailAsync(projectId, ct);
        if (detail is null || !IsKnownYear(fiscalYear))
        {
            return null;
        }

        return await BuildAsync(detail, fiscalYear ?? ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime), areaPack: false, ct);
    }

    /// <summary>A Buddhist-era fiscal year the province could plan for; any other has no pack (and no dates to compute).</summary>
    public static bool IsKnownYear(int? fiscalYear) =>
        fiscalYear is null or (>= Import.ProjectImportValidator.MinFiscalYear and <= Import.ProjectImportValidator.MaxFiscalYear);

    /// <summary>The pack for one district or subdistrict and one sector, with or without a project; null for an area or sector the province lacks.</summary>
    public async Task<EvidencePack?> LoadForAreaAsync(string provinceCode, string areaCode, string sector, int? fiscalYear = null, CancellationToken ct = default)
    {
        if (!IsKnownYear(fiscalYear) || Sectors.Find(sector) is null || areaCode.Length is not (4 or 6) || !areaCode.StartsWith(provinceCode, StringComparison.Ordinal))
        {
            return null;
        }

        var year = fiscalYear ?? ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var area = await db.Set<Area>().AsNoTracking().Where(a => a.Code == areaCode && a.ProvinceCode == provinceCode)
            .Select(a => new NamedArea(a.Code, a.NameTh, a.NameEn, a.Population)).FirstOrDefaultAsync(ct);
        if (area is null)
        {
            return null;
        }

        var subject = new Project
        {
            ProvinceCode = provinceCode, Code = "", NameTh = "", Sector = sector, AreaCode = areaCode, FiscalYear = year,
        };
        var district = areaCode[..4];
        var projects = await db.Set<Project>().AsNoTracking()
            .Where(p => p.ProvinceCode == provinceCode && p.Sector == sector && p.FiscalYear == year
                        && (p.AreaCode == areaCode || p.AreaCode == district || p.AreaCode == provinceCode || p.ExtraAreas.Any(x => x.AreaCode == areaCode || x.AreaCode == district)))
            .OrderBy(p => p.Code).ToListAsync(ct);
        var values = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.ProvinceCode == provinceCode && (v.AreaCode == areaCode || v.AreaCode == district)).ToListAsync(ct);
        var indicators = values.GroupBy(v => (v.IndicatorCode, v.AreaCode)).Select(g => g.OrderByDescending(v => v.Year).ThenByDescending(v => v.ImportedAt).First())
            .Select(v => need.Options.Indicators.TryGetValue(v.IndicatorCode, out var d)
                ? new AreaIndicator(v.IndicatorCode, d.NameTh, d.NameEn, v.AreaCode, v.Value, d.Unit, v.Year == 0 ? null : v.Year, v.Source, d.Sector == sector, d.UnitEn)
                : new AreaIndicator(v.IndicatorCode, v.IndicatorCode, v.IndicatorCode, v.AreaCode, v.Value, "", v.Year == 0 ? null : v.Year, v.Source, false))
            .OrderByDescending(i => i.CountsTowardSector).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        var pack = await BuildAsync(new ProjectDetail(subject, "", "", [area], null, null, []), year, areaPack: true, ct);
        return pack with { IsAreaPack = true, ProjectsInArea = projects, Indicators = indicators };
    }

    private async Task<EvidencePack> BuildAsync(ProjectDetail detail, int year, bool areaPack, CancellationToken ct)
    {
        var project = detail.Project;
        var districts = await need.MatrixAsync(project.ProvinceCode, year, BudgetMeasure.Approved, AreaLevel.District, ct);
        var subdistricts = detail.Areas.Any(a => a.Code.Length == 6)
            ? await need.MatrixAsync(project.ProvinceCode, year, BudgetMeasure.Approved, AreaLevel.Subdistrict, ct)
            : null;
        var areaCodes = detail.Areas.Any(a => a.Code.Length == 2) ? districts.Areas.Select(a => a.Code).ToList() : detail.Areas.Select(a => a.Code).ToList();
        var areaNeeds = areaCodes.Select(code => AreaNeedOf(code.Length == 6 ? subdistricts! : districts, code, project.Sector)).OfType<AreaNeed>().ToList();

        // The map shows the sector's need of every area around the project: the district's subdistricts, or all districts.
        var mapMatrix = project.AreaCode.Length == 6 ? subdistricts! : districts;
        var mapIndex = mapMatrix.Need
            .Where(n => n.Sector == project.Sector && (project.AreaCode.Length != 6 || n.AreaCode.StartsWith(project.AreaCode[..4], StringComparison.Ordinal)))
            .ToDictionary(n => n.AreaCode, n => n.IndexPer1000);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Set<ReportCategory>().AsNoTracking().ToListAsync(ct);
        var linkedIds = detail.Evidence.Where(e => e.Kind == EvidenceKind.Report && e.Exists).Select(e => long.Parse(e.TargetId, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var linked = await Reports(db, db.Set<CitizenReport>().Where(r => linkedIds.Contains(r.Id))).ToListAsync(ct);
        var sectorCategories = categories.Where(c => c.Sector == project.Sector).Select(c => c.Code).ToArray();
        var inAreas = (await Reports(db, db.Set<CitizenReport>()
                    .Where(r => r.ProvinceCode == project.ProvinceCode && r.ReceivedAt >= districts.WindowStart && r.ReceivedAt < districts.AsOf
                                && sectorCategories.Contains(r.CategoryCode)))
                .ToListAsync(ct))
            .Where(r => InAreas(r, areaCodes) && NeedIndex.CountsAsEvidence(r.Status))
            .ToList();

        // An area pack has no links of its own: the reports of its sector in the area are its evidence.
        if (areaPack)
        {
            linked = inAreas;
        }

        var categoryCounts = categories
            .Select(c => new CategoryCount(c.Code, c.NameTh, c.NameEn, linked.Count(r => r.CategoryCode == c.Code), inAreas.Count(r => r.CategoryCode == c.Code),
                inAreas.Count(r => r.CategoryCode == c.Code && NeedIndex.WasOpenAt(r.Status, r.ResolvedAt, districts.AsOf))))
            .Where(c => c.Linked > 0 || c.InAreas > 0)
            .OrderByDescending(c => c.InAreas + c.Linked)
            .ToList();
        return new EvidencePack(detail, year, districts.AsOf, districts.WindowStart, linked.OrderByDescending(r => r.ReceivedAt).ToList(),
            inAreas.Count, inAreas.Count(r => NeedIndex.WasOpenAt(r.Status, r.ResolvedAt, districts.AsOf)), categoryCounts,
            Monthly(districts.AsOf, linked, inAreas), areaNeeds, mapIndex, need.Options);
    }

    private static bool InAreas(EvidenceReport report, IReadOnlyList<string> areaCodes) =>
        areaCodes.Any(a => a == report.DistrictCode || a == report.SubdistrictCode);

    private static AreaNeed? AreaNeedOf(BudgetNeedMatrix matrix, string code, string sector)
    {
        var area = matrix.Area(code);
        var cell = matrix.NeedOf(code, sector);
        if (area is null || cell is null)
        {
            return null;
        }

        var ranked = matrix.Need.Where(n => n.Sector == sector).OrderByDescending(n => n.IndexPer1000).ToList();
        var all = matrix.Need.Where(n => n.AreaCode == code).Sum(n => n.Points);
        return new AreaNeed(code, area.NameTh, area.NameEn, area.Population, cell.IndexPer1000,
            area.Population <= 0 ? 0 : all * 1000.0 / area.Population,
            ranked.FindIndex(n => n.AreaCode == code) + 1, ranked.Count, cell.Reports, cell.OpenReports);
    }

    /// <summary>Twelve Bangkok calendar months ending with the month of the as-of instant.</summary>
    private static List<MonthlyCount> Monthly(DateTime asOf, IReadOnlyList<EvidenceReport> linked, IReadOnlyList<EvidenceReport> inAreas)
    {
        var local = ThaiCalendar.ToBangkok(asOf);
        var first = new DateTime(local.Year, local.Month, 1).AddMonths(-11);
        static (int, int) MonthOf(DateTime utc)
        {
            var d = ThaiCalendar.ToBangkok(utc);
            return (d.Year, d.Month);
        }

        var linkedByMonth = linked.GroupBy(r => MonthOf(r.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        var areasByMonth = inAreas.GroupBy(r => MonthOf(r.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = first.AddMonths(i);
            return new MonthlyCount(month.Year, month.Month, linkedByMonth.GetValueOrDefault((month.Year, month.Month)), areasByMonth.GetValueOrDefault((month.Year, month.Month)),
                PartialPeriod.IsMonth(month.Year, month.Month, asOf));
        }).ToList();
    }

    private static IQueryable<EvidenceReport> Reports(OpsDbContext db, IQueryable<CitizenReport> reports) =>
        from r in reports.AsNoTracking()
        join c in db.Set<ReportCategory>() on r.CategoryCode equals c.Code
        select new EvidenceReport(r.Id, r.TrackingNumber, r.CategoryCode, c.NameTh, c.NameEn, r.Kind, r.Status, r.ReceivedAt, r.ResolvedAt,
            r.DistrictCode, r.SubdistrictCode, r.Latitude, r.Longitude);
}
