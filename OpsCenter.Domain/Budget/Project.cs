using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

public enum ProjectStatus
{
    Proposed = 1,
    Approved = 2,
    InProgress = 3,
    Completed = 4,
    Cancelled = 5,
}

public enum BudgetSource
{
    /// <summary>งบจังหวัด.</summary>
    Province = 1,

    /// <summary>งบกลุ่มจังหวัด.</summary>
    ProvinceGroup = 2,

    /// <summary>งบองค์กรปกครองส่วนท้องถิ่น.</summary>
    LocalGovernment = 3,

    /// <summary>งบกระทรวง/กรม (function budget).</summary>
    Ministry = 4,
}

/// <summary>A development project in the provincial plan, owned by one agency.</summary>
public sealed class Project
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Code { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    public required string Sector { get; set; }

    public int OwnerAgencyId { get; set; }

    /// <summary>District or subdistrict the project serves; the province code when it serves the whole province.</summary>
    public required string AreaCode { get; set; }

    public int FiscalYear { get; set; }

    public ProjectStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>What the project does and why, in the words of the plan or of the citizen proposal it came from.</summary>
    public string? Description { get; set; }

    /// <summary>The annual action plan (แผนปฏิบัติราชการประจำปี) that lists it; null until it is put into one.</summary>
    public int? ActionPlanId { get; set; }

    /// <summary>The development issue (ประเด็นการพัฒนา) of the provincial plan it serves.</summary>
    public int? DevelopmentIssueId { get; set; }

    public List<BudgetLine> BudgetLines { get; set; } = [];

    /// <summary>Further areas the project serves besides <see cref="AreaCode"/> (a canal through three districts, say).</summary>
    public List<ProjectArea> ExtraAreas { get; set; } = [];

    public List<ProjectMilestone> Milestones { get; set; } = [];

    /// <summary>Every area the project serves, its main area first.</summary>
    public IReadOnlyList<string> AllAreaCodes() =>
        new[] { AreaCode }.Concat(ExtraAreas.Select(a => a.AreaCode)).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>An additional area a project serves.</summary>
public sealed class ProjectArea
{
    public int ProjectId { get; set; }

    public required string AreaCode { get; set; }
}

/// <summary>The money one source puts into a project in one fiscal year.</summary>
public sealed class BudgetLine
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public BudgetSource Source { get; set; }

    public int FiscalYear { get; set; }

    public Money Requested { get; set; }

    public Money Approved { get; set; }

    public Money Disbursed { get; set; }

    public DateTime UpdatedAt { get; set; }
}
