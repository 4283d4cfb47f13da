namespace OpsCenter.Domain.Reports;

/// <summary>
/// Event kinds of the citizen-report feature. The subject is the report's numeric id, except <see cref="Imported"/>
/// whose subject is the import run's id (one event per import, not one per row).
/// </summary>
public static class ReportEvents
{
    public const string Received = "report.received";
    public const string Assigned = "report.assigned";
    public const string StatusChanged = "report.status_changed";
    public const string Resolved = "report.resolved";
    public const string Overdue = "report.overdue";
    public const string Escalated = "report.escalated";
    public const string Merged = "report.merged";
    public const string Reopened = "report.reopened";
    public const string Imported = "report.imported";

    /// <summary>
    /// One per import run and district: tickets imported already overdue. Subject "{run}/{district}/{count}", so the
    /// wall can say "นำเข้าเรื่องค้างเก่า N เรื่อง" without one escalation per ticket.
    /// </summary>
    public const string BacklogImported = "report.backlog_imported";

    /// <summary>Every report event starts with "report.": listeners that follow reports as a whole test this.</summary>
    public static bool IsReport(string kind) => kind.StartsWith("report.", StringComparison.Ordinal);
}
