using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

public sealed record AreaRow(string Code, string NameTh, string NameEn, int Population, string? DistrictCode);

/// <summary>A project's money for the fiscal year and where it was placed (area code → satang).</summary>
public sealed record ProjectBudget(
    int Id,
    string Code,
    string NameTh,
    string? NameEn,
    string Sector,
    ProjectStatus Status,
    int OwnerAgencyId,
    IReadOnlyList<string> AreaCodes,
    long Satang,
    int EvidenceLinks,
    IReadOnlyDictionary<string, long> Placed,
    long Unplaced)
{
    public bool HasEvidence => EvidenceLinks > 0;
}

/// <summary>Need and budget of every area × sector of a province for a fiscal year, with everything the budget page shows.</summary>
public sealed record BudgetNeedMatrix(
    string ProvinceCode,
    int FiscalYear,
    BudgetMeasure Measure,
    AreaLevel Level,
    DateTime AsOf,
    DateTime WindowStart,
    IReadOnlyList<AreaRow> Areas,
    IReadOnlyList<NeedCell> Need,
    IReadOnlyList<CellShare> Cells,
    IReadOnlyList<ProjectBudget> Projects,
    int UnlocatedReports)
{
    public Money Placed => new(Cells.Sum(c => c.BudgetSatang));

    /// <summary>Money for the whole province (or otherwise not placeable in one area): outside the shares.</summary>
    public Money Unplaced => new(Projects.Sum(p => p.Unplaced));

    public Money Total => new(Projects.Sum(p => p.Satang));

    public Money WithoutEvidence => new(Projects.Where(p => !p.HasEvidence).Sum(p => p.Satang));

    public double NeedPoints => Need.Sum(n => n.Points);

    public CellShare? Cell(string areaCode, string sector) => Cells.FirstOrDefault(c => c.AreaCode == areaCode && c.Sector == sector);

    public NeedCell? NeedOf(string areaCode, string sector) => Need.FirstOrDefault(c => c.AreaCode == areaCode && c.Sector == sector);

    public AreaRow? Area(string code) => Areas.FirstOrDefault(a => a.Code == code);

    /// <summary>Projects whose money lands (at least partly) in a cell; the amount is the part placed there.</summary>
    public IEnumerable<(ProjectBudget Project, long Satang)> ProjectsIn(string areaCode, string sector) =>
        Projects.Where(p => p.Sector == sector && p.Placed.ContainsKey(areaCode))
            .Select(p => (p, p.Placed[areaCode]))
            .OrderByDescending(x => x.Item2);

    /// <summary>Per-area totals over all sectors.</summary>
    public IReadOnlyList<CellShare> ByArea() => BudgetGapRanking.ByArea(Cells);
}
