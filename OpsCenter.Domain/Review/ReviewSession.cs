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
}
