namespace OpsCenter.Domain.Review;

public enum ReviewSessionStatus
{
    Planned = 1,
    Live = 2,
    Closed = 3,
}

public enum ActionItemStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>A four-real (FOUR จริง) review meeting in the decision center.</summary>
public sealed class ReviewSession
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Title { get; set; }

    public DateTime HeldAt { get; set; }

    public required string ChairName { get; set; }

    public ReviewSessionStatus Status { get; set; }

    /// <summary>One attendee per line: free text, because guests from outside the system attend too.</summary>
    public string? Attendees { get; set; }

    /// <summary>The agenda item the presenter shows now; every following screen shows it too.</summary>
    public int? CurrentItemId { get; set; }

    /// <summary>The current item fills the screen alone, without the agenda strip.</summary>
    public bool Spotlight { get; set; }

    /// <summary>The district the presenter narrowed the figures to; null for the whole province.</summary>
    public string? AreaCode { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public IReadOnlyList<string> AttendeeList =>
        (Attendees ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A decision turned into work: an owner agency, a due date, followed up until done.</summary>
public sealed class ActionItem
{
    public int Id { get; set; }

    public int ReviewSessionId { get; set; }

    public required string Text { get; set; }

    public int OwnerAgencyId { get; set; }

    public string? OwnerUserId { get; set; }

    public DateTime DueAt { get; set; }

    public ActionItemStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>The decision this action carries out; null for actions recorded before decisions were kept.</summary>
    public int? DecisionId { get; set; }

    /// <summary>The person in the owner agency who answers for it, as named in the meeting.</summary>
    public string? OwnerPersonName { get; set; }

    public int ProgressPercent { get; set; }

    public string? ProgressNote { get; set; }

    public ReviewLinkKind LinkKind { get; set; }

    /// <summary>The code, tracking number, project code or dataset slug of what <see cref="LinkKind"/> names.</summary>
    public string? LinkRef { get; set; }

    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}

/// <summary>What a decision or an action is about, so the minutes link to the figures behind it.</summary>
public enum ReviewLinkKind
{
    None = 0,
    Kpi = 1,
    Report = 2,
    Project = 3,
    Dataset = 4,
}
