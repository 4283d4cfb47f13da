using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallAlarmsTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    internal static WallSnapshot Snapshot(ReportCounters? counters = null, KpiTiles? kpis = null, BudgetNeed? budget = null, Ticker? ticker = null) =>
        new(new WallView("19", null, 30), Now, counters ?? ReportCounters.Empty, kpis ?? KpiTiles.Empty, HeatGrid.Empty, budget ?? BudgetNeed.Empty, ticker ?? Ticker.Empty);

    internal static KpiTile Tile(KpiStatus status) =>
        new(1, "k", "ตัวชี้วัด", "KPI", "%", KpiDirection.HigherIsBetter, 50, 80, status, [40, 50], Now);

    [Theory]
    [InlineData(100, 19, false)]
    [InlineData(100, 20, true)]
    [InlineData(0, 0, false)]
    public void Counters_AreInAlarm_WhenAFifthOfOpenReportsAreOverdue(int open, int overdue, bool alarm) =>
        Assert.Equal(alarm, WallAlarms.CountersInAlarm(new ReportCounters(open, overdue, 0, 0, 0, 0, [])));

    [Theory]
    [InlineData(30, 20, true)]
    [InlineData(25, 20, false)]
    [InlineData(9, 1, false)]
    public void Heatmap_IsInAlarm_OnASurgeOverThePreviousPeriod(int period, int previous, bool alarm) =>
        Assert.Equal(alarm, WallAlarms.HeatInAlarm(new ReportCounters(0, 0, 0, 0, period, previous, [])));

    [Fact]
    public void Budget_IsInAlarm_WhenADistrictWithRealNeedGetsUnderHalfItsShare()
    {
        var fair = new DistrictBudgetNeed("1901", "เมือง", "Mueang", 1000, 0.2, 0.2, Money.Zero);
        var starved = fair with { DistrictCode = "1902", NeedShare = 0.2, BudgetShare = 0.09 };
        var tiny = fair with { DistrictCode = "1903", NeedShare = 0.01, BudgetShare = 0 };

        Assert.False(WallAlarms.BudgetInAlarm(new BudgetNeed(2570, [fair, tiny])));
        Assert.True(WallAlarms.BudgetInAlarm(new BudgetNeed(2570, [fair, starved])));
    }

    [Fact]
    public void TickerItem_IsInAlarm_WhenEscalatedRecentlyOrAWeekLate()
    {
        var item = new TickerItem(1, "SRB-1", "ถนน", "Road", null, null, Now.AddDays(-1), null);

        Assert.False(WallAlarms.TickerItemInAlarm(item, Now));
        Assert.True(WallAlarms.TickerItemInAlarm(item with { DueAt = Now.AddDays(-7) }, Now));
        Assert.True(WallAlarms.TickerItemInAlarm(item with { EscalatedAt = Now.AddHours(-2) }, Now));
        Assert.False(WallAlarms.TickerItemInAlarm(item with { EscalatedAt = Now.AddDays(-2) }, Now));
    }

    [Fact]
    public void PanelsInAlarm_AreTheAlarmingPanelsOfThePlaylist_EachOnce()
    {
        var snapshot = Snapshot(counters: new ReportCounters(10, 5, 0, 0, 0, 0, []), kpis: new KpiTiles([Tile(KpiStatus.OnTrack)]));
        WallSlide[] slides =
        [
            new("หนึ่ง", "One", [WallPanels.Kpis, WallPanels.Counters]),
            new("สอง", "Two", [WallPanels.Counters, WallPanels.Budget]),
        ];

        Assert.Equal([WallPanels.Counters], WallAlarms.PanelsInAlarm(slides, snapshot));
        Assert.Contains(WallPanels.Kpis, WallAlarms.PanelsInAlarm(slides, snapshot with { Kpis = new KpiTiles([Tile(KpiStatus.OffTrack)]) }));
    }
}
