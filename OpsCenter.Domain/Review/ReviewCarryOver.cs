namespace OpsCenter.Domain.Review;

/// <summary>An action from an earlier review as the follow-up section sees it.</summary>
public sealed record CarriedAction(int ActionId, int SessionId, DateTime SessionHeldAt, string Text, ActionItemStatus Status, DateTime DueAt, DateTime? ClosedAt)
{
    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}

/// <summary>Which actions of earlier reviews come back at a session: every open one until it is closed.</summary>
public static class ReviewCarryOver
{
    /// <summary>
    /// The open actions of other sessions held before or at <paramref name="heldAt"/>, and those closed since the previous session
    /// (so the meeting hears they were done once); actions of this session itself never carry over to it.
    /// </summary>
    public static IReadOnlyList<CarriedAction> For(int sessionId, DateTime heldAt, IEnumerable<CarriedAction> actions)
    {
        // A session at the same hour (a parallel meeting, or one planned for the same slot) hears it too.
        var earlier = actions.Where(a => a.SessionId != sessionId && a.SessionHeldAt <= heldAt).ToList();
        var previousHeldAt = earlier.Count == 0 ? DateTime.MinValue : earlier.Max(a => a.SessionHeldAt);
        return earlier
            .Where(a => a.IsOpen || (a.Status == ActionItemStatus.Done && a.ClosedAt >= previousHeldAt))
            .OrderByDescending(a => a.IsOpen).ThenBy(a => a.DueAt).ThenBy(a => a.ActionId)
            .ToList();
    }

    public static bool IsOverdue(ActionItemStatus status, DateTime dueAt, DateTime now) =>
        status is ActionItemStatus.Open or ActionItemStatus.InProgress && dueAt < now;
}
