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

    public List<BudgetLine> BudgetLines { get; set; } = [];
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
