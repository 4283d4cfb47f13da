namespace OpsCenter.Domain.Reports;

public enum TimelineKind
{
    Received = 1,
    Assigned = 2,
    StatusChanged = 3,
    Forwarded = 4,
    Note = 5,
    Overdue = 6,
    Escalated = 7,
    Merged = 8,
    Reopened = 9,
    Imported = 10,
}

/// <summary>One step in a report's history: who did what, when, and why. Public entries appear on the tracking page.</summary>
public sealed class ReportTimelineEntry
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public DateTime At { get; set; }

    public TimelineKind Kind { get; set; }

    /// <summary>The status after this step.</summary>
    public ReportStatus Status { get; set; }

    /// <summary>The agency the step concerns: the new owner on assignment or forwarding.</summary>
    public int? AgencyId { get; set; }

    public string? ActorUserId { get; set; }

    /// <summary>A display name ("ระบบ" for automatic steps); never the citizen's name.</summary>
    public required string ActorName { get; set; }

    public string? Note { get; set; }

    /// <summary>Internal notes stay off the public tracking page.</summary>
    public bool IsPublic { get; set; } = true;
}
