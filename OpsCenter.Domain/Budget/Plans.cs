using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

/// <summary>The provincial development plan (แผนพัฒนาจังหวัด), normally five fiscal years long.</summary>
public sealed class DevelopmentPlan
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>A stable code, e.g. "SRB-PDP-2566".</summary>
    public required string Code { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    public string? VisionTh { get; set; }

    public string? VisionEn { get; set; }

    public int FirstFiscalYear { get; set; }

    public int LastFiscalYear { get; set; }

    public List<DevelopmentIssue> Issues { get; set; } = [];

    public List<ActionPlan> ActionPlans { get; set; } = [];

    public bool Covers(int fiscalYear) => fiscalYear >= FirstFiscalYear && fiscalYear <= LastFiscalYear;
}

/// <summary>
/// A development issue (ประเด็นการพัฒนา) of the plan. Its <see cref="Code"/> is stable and unique, so other features
/// (the data catalog's "datasets an issue needs") can refer to it by code.
/// </summary>
public sealed class DevelopmentIssue
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>e.g. "SRB-DI-03".</summary>
    public required string Code { get; set; }

    public int Number { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    /// <summary>The development sectors the issue covers, comma-separated sector codes (see <see cref="Sectors"/>).</summary>
    public required string SectorCodes { get; set; }

    public IReadOnlyList<string> SectorList() => SectorCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum ActionPlanStatus
{
    Draft = 1,
    Approved = 2,
}

/// <summary>An annual action plan (แผนปฏิบัติราชการประจำปี) of the development plan: the projects of one fiscal year.</summary>
public sealed class ActionPlan
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string ProvinceCode { get; set; }

    public int FiscalYear { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    public ActionPlanStatus Status { get; set; }
}
