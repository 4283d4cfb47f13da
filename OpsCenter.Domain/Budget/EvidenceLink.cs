namespace OpsCenter.Domain.Budget;

/// <summary>What a project's evidence link points at.</summary>
public enum EvidenceKind
{
    /// <summary>A citizen report (complaint or need); target id is the report id.</summary>
    Report = 1,

    /// <summary>A catalog dataset; target id is the dataset id.</summary>
    Dataset = 2,

    /// <summary>A KPI; target id is the KPI id.</summary>
    Kpi = 3,

    /// <summary>A citizen proposal; target id is the proposal id.</summary>
    Proposal = 4,

    /// <summary>The need index of an area in a sector; target id is "areaCode/sector", e.g. "1902/environment".</summary>
    NeedCell = 5,

    /// <summary>A view of the data warehouse's explorer, version pinned; target id is its site-relative address.</summary>
    ExplorerView = 6,
}

/// <summary>
/// A reason a project exists: a link from the project to a report, dataset, KPI, proposal or need that justifies it.
/// Looked up from both ends, so the report page can say "addressed by project X".
/// </summary>
public sealed class EvidenceLink
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public EvidenceKind Kind { get; set; }

    public required string TargetId { get; set; }

    /// <summary>Why this evidence supports the project, in the linker's words.</summary>
    public string? Note { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string NeedCellId(string areaCode, string sector) => $"{areaCode}/{sector}";

    public static (string AreaCode, string Sector)? ParseNeedCell(string targetId)
    {
        var parts = targetId.Split('/');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1]) : null;
    }
}
