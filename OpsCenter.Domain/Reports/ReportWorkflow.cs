using OpsCenter.Domain.Common;
namespace OpsCenter.Domain.Reports;

/// <summary>What staff can do to a report and what it becomes; the only place transitions are decided.</summary>
public enum ReportAction
{
    Take,
    Assign,
    StartWork,
    Forward,
    Resolve,
    Reject,
    MarkDuplicate,
    Reopen,
}

public static class ReportWorkflow
{
    public static ReportStatus TargetOf(ReportAction action) => action switch
    {
        ReportAction.Take or ReportAction.Assign => ReportStatus.Assigned,
        ReportAction.StartWork => ReportStatus.InProgress,
        ReportAction.Forward => ReportStatus.Forwarded,
        ReportAction.Resolve => ReportStatus.Resolved,
        ReportAction.Reject => ReportStatus.Rejected,
        ReportAction.MarkDuplicate => ReportStatus.Duplicate,
        ReportAction.Reopen => ReportStatus.Received,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Open reports accept every staff action; closed ones only a reopen, and only a resolved one at that.</summary>
    public static bool IsAllowed(ReportStatus from, ReportAction action) => action switch
    {
        ReportAction.Reopen => from == ReportStatus.Resolved,
        ReportAction.StartWork => from is ReportStatus.Received or ReportStatus.Assigned or ReportStatus.Forwarded,
        _ => ReportStatuses.IsOpen(from),
    };

    /// <summary>Checks an action's preconditions; null when it may go ahead.</summary>
    public static FieldError? Check(ReportStatus from, ReportAction action, string? note, int? agencyId, long? duplicateOf)
    {
        if (!IsAllowed(from, action))
        {
            return new FieldError("status", $"เรื่องที่อยู่ในสถานะ{ReportStatuses.ThaiName(from)}ทำรายการนี้ไม่ได้",
                $"A report that is {ReportStatuses.EnglishName(from).ToLowerInvariant()} cannot be changed this way");
        }

        return action switch
        {
            ReportAction.Reject when string.IsNullOrWhiteSpace(note) =>
                new FieldError("note", "กรุณาระบุเหตุผลที่ไม่รับเรื่อง", "Give the reason for rejecting the report"),
            ReportAction.Resolve when string.IsNullOrWhiteSpace(note) =>
                new FieldError("note", "กรุณาระบุผลการดำเนินการ", "Say what was done to resolve it"),
            ReportAction.Reopen when string.IsNullOrWhiteSpace(note) =>
                new FieldError("note", "กรุณาระบุเหตุผลที่ขอเปิดเรื่องใหม่", "Say why the report should be reopened"),
            ReportAction.Assign or ReportAction.Forward when agencyId is null =>
                new FieldError("agency", "กรุณาเลือกหน่วยงาน", "Choose an agency"),
            ReportAction.MarkDuplicate when duplicateOf is null =>
                new FieldError("duplicateOf", "กรุณาระบุเรื่องหลักที่ซ้ำกัน", "Choose the report this one duplicates"),
            _ => null,
        };
    }

    /// <summary>A reporter may reopen a resolved report within the window after its resolution.</summary>
    public static bool CanReopen(ReportStatus status, DateTime? resolvedAt, DateTime now, TimeSpan window) =>
        status == ReportStatus.Resolved && resolvedAt is { } resolved && now - resolved <= window;

    public static TimelineKind TimelineKindOf(ReportAction action) => action switch
    {
        ReportAction.Take or ReportAction.Assign => TimelineKind.Assigned,
        ReportAction.Forward => TimelineKind.Forwarded,
        ReportAction.MarkDuplicate => TimelineKind.Merged,
        ReportAction.Reopen => TimelineKind.Reopened,
        _ => TimelineKind.StatusChanged,
    };

    public static string EventOf(ReportAction action) => action switch
    {
        ReportAction.Take or ReportAction.Assign or ReportAction.Forward => ReportEvents.Assigned,
        ReportAction.Resolve => ReportEvents.Resolved,
        ReportAction.MarkDuplicate => ReportEvents.Merged,
        ReportAction.Reopen => ReportEvents.Reopened,
        _ => ReportEvents.StatusChanged,
    };
}
