namespace OpsCenter.Domain.Reports;

public enum ImportSource
{
    Traffy = 1,
    CommunityForum = 2,
}

/// <summary>What one bulk import did, kept so a steward can show where every row went.</summary>
public sealed class ReportImportRun
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public ImportSource Source { get; set; }

    public required string FileName { get; set; }

    public required string StartedBy { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    public int Rows { get; set; }

    public int Accepted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Rows of this province accepted with a location that disagrees with the row's own address.</summary>
    public int Flagged { get; set; }

    /// <summary>The file's whole account as JSON: every rejected and every flagged row with its number and reason (<see cref="Import.ImportAccount"/>).</summary>
    public string? RejectionsJson { get; set; }
}
