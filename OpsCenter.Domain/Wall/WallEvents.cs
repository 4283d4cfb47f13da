namespace OpsCenter.Domain.Wall;

/// <summary>Event kinds the wall publishes; the kinds it listens to are their own features' (ReportEvents, KpiEvents, …).</summary>
public static class WallEvents
{
    public const string ScreenChanged = "wall.screen_changed";
    public const string ControlChanged = "wall.control_changed";
    public const string TokenRevoked = "wall.token_revoked";

    public static bool IsWall(string kind) => kind.StartsWith("wall.", StringComparison.Ordinal);
}
