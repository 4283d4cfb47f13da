namespace OpsCenter.Domain.Wall;

/// <summary>Event kinds the wall publishes, and the kinds of the other features it listens to.</summary>
public static class WallEvents
{
    public const string ScreenChanged = "wall.screen_changed";
    public const string ControlChanged = "wall.control_changed";
    public const string TokenRevoked = "wall.token_revoked";

    public const string ReportReceived = "report.received";
    public const string ReportAssigned = "report.assigned";
    public const string ReportStatusChanged = "report.status_changed";
    public const string ReportResolved = "report.resolved";
    public const string ReportOverdue = "report.overdue";
    public const string ReportEscalated = "report.escalated";
    public const string ReportBacklogImported = "report.backlog_imported";
    public const string KpiMeasured = "kpi.measured";
    public const string DatasetUpdated = "dataset.updated";
    public const string BudgetLineChanged = "budget.line_changed";

    public static bool IsWall(string kind) => kind.StartsWith("wall.", StringComparison.Ordinal);
}
