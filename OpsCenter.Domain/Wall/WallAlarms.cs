using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.Wall;

/// <summary>When a panel is "in alarm", for screens told to show only what needs attention.</summary>
public static class WallAlarms
{
    /// <summary>A fifth of open reports past their due time means the backlog is slipping, not a few stragglers.</summary>
    public const double OverdueShareAlarm = 0.2;

    /// <summary>A quarter more reports than the previous period of the same length, with at least this many, is a surge.</summary>
    public const double SurgeRatio = 1.25;

    public const int SurgeMinimum = 10;

    /// <summary>A district with at least this share of the need and less than half its share of the budget is under-funded.</summary>
    public const double MaterialNeedShare = 0.05;

    public const double UnderFundedRatio = 0.5;

    /// <summary>A complaint a week past due is on the ticker as an alarm, not just a reminder.</summary>
    public static readonly TimeSpan LongOverdue = TimeSpan.FromDays(7);

    public static readonly TimeSpan RecentEscalation = TimeSpan.FromHours(24);

    public static bool KpiInAlarm(KpiTile tile) => tile.Status == KpiStatus.OffTrack;

    public static bool CountersInAlarm(ReportCounters counters) =>
        counters.Open > 0 && counters.Overdue >= counters.Open * OverdueShareAlarm;

    public static bool HeatInAlarm(ReportCounters counters) =>
        counters.ReceivedInPeriod >= SurgeMinimum && counters.ReceivedInPeriod > counters.ReceivedPreviousPeriod * SurgeRatio;

    public static bool BudgetInAlarm(BudgetNeed budget) =>
        budget.Districts.Any(d => d.NeedShare >= MaterialNeedShare && d.BudgetToNeedRatio < UnderFundedRatio);

    public static bool TickerItemInAlarm(TickerItem item, DateTime now) =>
        (item.EscalatedAt is { } escalated && now - escalated <= RecentEscalation)
        || (item.DueAt is { } due && now - due >= LongOverdue);

    public static bool PanelInAlarm(string panel, WallSnapshot snapshot) => panel switch
    {
        WallPanels.Counters => CountersInAlarm(snapshot.Counters),
        WallPanels.Kpis => snapshot.Kpis.Tiles.Any(KpiInAlarm),
        WallPanels.Heatmap => HeatInAlarm(snapshot.Counters),
        WallPanels.Budget => BudgetInAlarm(snapshot.Budget),
        WallPanels.Ticker => snapshot.Ticker.Items.Any(i => TickerItemInAlarm(i, snapshot.ComputedAt)),
        _ => false,
    };

    /// <summary>The panels of the whole playlist that are in alarm, each once, in playlist order.</summary>
    public static IReadOnlyList<string> PanelsInAlarm(IEnumerable<WallSlide> slides, WallSnapshot snapshot) =>
        slides.SelectMany(s => s.Panels).Distinct().Where(p => PanelInAlarm(p, snapshot)).ToList();
}
