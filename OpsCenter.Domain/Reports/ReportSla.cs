namespace OpsCenter.Domain.Reports;

/// <summary>When the district chief's escalation turns into the deputy governor's.</summary>
public sealed record EscalationPolicy(TimeSpan DeputyGovernorAfter);

/// <summary>
/// Service-level rules in calendar hours: working hours and Thai public holidays are deliberately not modelled yet,
/// so a 72-hour promise made on a Friday evening falls due on Monday evening.
/// </summary>
public static class ReportSla
{
    public static DateTime DueAt(DateTime receivedAt, int slaHours) => receivedAt.AddHours(Math.Max(1, slaHours));

    public static bool IsOverdue(ReportStatus status, DateTime? dueAt, DateTime now) =>
        ReportStatuses.IsOpen(status) && dueAt is { } due && due <= now;

    /// <summary>The escalation level an open report should have reached by <paramref name="now"/>.</summary>
    public static EscalationLevel LevelDue(ReportStatus status, DateTime? dueAt, DateTime now, EscalationPolicy policy)
    {
        if (!IsOverdue(status, dueAt, now))
        {
            return EscalationLevel.None;
        }

        return now >= dueAt!.Value + policy.DeputyGovernorAfter ? EscalationLevel.DeputyGovernor : EscalationLevel.DistrictChief;
    }

    /// <summary>
    /// The steps to take now, in order: an overdue report is first announced as overdue (to the district chief), then
    /// escalated to the deputy governor. A level is never skipped, so a sweep that ran late still tells both.
    /// </summary>
    public static IReadOnlyList<EscalationLevel> StepsDue(ReportStatus status, DateTime? dueAt, EscalationLevel current, DateTime now, EscalationPolicy policy)
    {
        var target = LevelDue(status, dueAt, now, policy);
        var steps = new List<EscalationLevel>();
        for (var level = current + 1; level <= target; level++)
        {
            steps.Add(level);
        }

        return steps;
    }

    /// <summary>Whole hours left before due (negative when overdue), for the queue's "due in" column.</summary>
    public static double HoursLeft(DateTime? dueAt, DateTime now) => dueAt is { } due ? (due - now).TotalHours : double.PositiveInfinity;
}
