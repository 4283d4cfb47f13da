using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallDisplayTests
{
    private static readonly DateTime T0 = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    private static WallScreenInfo Screen(WallControl control) => new(
        1, "19", "governor", "ผู้ว่าฯ", "Governor", null, 30, TimeSpan.FromSeconds(20),
        [new("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Kpis]), new("งบ", "Budget", [WallPanels.Budget])],
        control, T0);

    [Fact]
    public void Compose_ShowsTheSlideTheSharedControlIsOn()
    {
        var display = WallDisplay.Compose(Screen(WallControl.Default(T0)), null, WallAlarmsTests.Snapshot(), T0.AddSeconds(21));

        Assert.Equal(1, display.SlideIndex);
        Assert.Equal([WallPanels.Budget], display.Panels);
        Assert.False(display.LocallyControlled);
    }

    [Fact]
    public void Compose_LocalControl_WinsOverTheSharedOne()
    {
        var local = new WallControl(WallControlMode.Paused, 0, T0, false);

        var display = WallDisplay.Compose(Screen(WallControl.Default(T0)), local, WallAlarmsTests.Snapshot(), T0.AddSeconds(21));

        Assert.Equal(0, display.SlideIndex);
        Assert.True(display.LocallyControlled);
        Assert.Equal(WallControlMode.Paused, display.Mode);
    }

    [Fact]
    public void Compose_AlarmOnly_ShowsTheAlarmingPanelsOfEverySlide()
    {
        var snapshot = WallAlarmsTests.Snapshot(kpis: new KpiTiles([WallAlarmsTests.Tile(KpiStatus.OffTrack)]));

        var display = WallDisplay.Compose(Screen(WallControl.Default(T0) with { AlarmOnly = true }), null, snapshot, T0);

        Assert.True(display.AlarmOnly);
        Assert.Equal([WallPanels.Kpis], display.Panels);
    }
}
