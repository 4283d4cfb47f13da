namespace OpsCenter.Domain.Notifications;

/// <summary>What a notification is about; stored with it, so preferences and the admin view can name it.</summary>
public static class NoticeKinds
{
    public const string ReportAssigned = "report.assigned";
    public const string ReportDueSoon = "report.due_soon";
    public const string ReportOverdue = "report.overdue";
    public const string ReportEscalated = "report.escalated";
    public const string CitizenAccepted = "citizen.accepted";
    public const string CitizenAssigned = "citizen.assigned";
    public const string CitizenResolved = "citizen.resolved";
    public const string CitizenRejected = "citizen.rejected";
    public const string DatasetDueSoon = "dataset.due_soon";
    public const string DatasetOverdue = "dataset.overdue";
    public const string ActionDueSoon = "action.due_soon";
    public const string ActionOverdue = "action.overdue";
    public const string KpiAwaited = "kpi.awaited";
    public const string ExecutiveDaily = "digest.daily";

    /// <summary>A batch of one person's notifications sent as one message; never planned, only composed at sending.</summary>
    public const string Digest = "digest.burst";

    public static bool IsCitizen(string kind) => kind.StartsWith("citizen.", StringComparison.Ordinal);
}
