using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallRotationTests
{
    private static readonly DateTime T0 = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19.9, 0)]
    [InlineData(20, 1)]
    [InlineData(45, 2)]
    [InlineData(60, 0)]
    [InlineData(3600 * 24 * 30 + 20, 1)]
    public void Rotating_AdvancesOneSlidePerInterval_AndWraps(double seconds, int expected)
    {
        var control = WallControl.Default(T0);

        Assert.Equal(expected, WallRotation.CurrentSlide(control, 3, Interval, T0.AddSeconds(seconds)));
    }

    [Fact]
    public void NextChangeAt_IsTheEndOfTheCurrentInterval_AndNoneWhenHeld()
    {
        var control = WallControl.Default(T0);

        Assert.Equal(T0.AddSeconds(40), WallRotation.NextChangeAt(control, 3, Interval, T0.AddSeconds(25)));
        Assert.Null(WallRotation.NextChangeAt(control with { Mode = WallControlMode.Paused }, 3, Interval, T0));
        Assert.Null(WallRotation.NextChangeAt(control, 1, Interval, T0));
        Assert.Null(WallRotation.NextChangeAt(control, 3, TimeSpan.Zero, T0));
    }

    [Fact]
    public void Next_MovesOn_AndGivesTheNewSlideAFullInterval()
    {
        var control = WallControl.Default(T0);
        var now = T0.AddSeconds(35);

        var next = WallRotation.Apply(control, WallCommand.Next, 3, Interval, now);

        Assert.Equal(2, WallRotation.CurrentSlide(next, 3, Interval, now));
        Assert.Equal(2, WallRotation.CurrentSlide(next, 3, Interval, now.AddSeconds(19)));
        Assert.Equal(0, WallRotation.CurrentSlide(next, 3, Interval, now.AddSeconds(20)));
    }

    [Fact]
    public void Previous_FromTheFirstSlide_WrapsToTheLast()
    {
        var previous = WallRotation.Apply(WallControl.Default(T0), WallCommand.Previous, 3, Interval, T0);

        Assert.Equal(2, WallRotation.CurrentSlide(previous, 3, Interval, T0));
    }

    [Fact]
    public void Pause_HoldsTheCurrentSlide_AndResumeRotatesOnFromIt()
    {
        var paused = WallRotation.Apply(WallControl.Default(T0), WallCommand.TogglePause, 3, Interval, T0.AddSeconds(25));
        Assert.Equal(WallControlMode.Paused, paused.Mode);
        Assert.Equal(1, WallRotation.CurrentSlide(paused, 3, Interval, T0.AddHours(5)));

        var resumed = WallRotation.Apply(paused, WallCommand.TogglePause, 3, Interval, T0.AddHours(5));
        Assert.Equal(WallControlMode.Rotate, resumed.Mode);
        Assert.Equal(1, WallRotation.CurrentSlide(resumed, 3, Interval, T0.AddHours(5).AddSeconds(19)));
        Assert.Equal(2, WallRotation.CurrentSlide(resumed, 3, Interval, T0.AddHours(5).AddSeconds(20)));
    }

    [Fact]
    public void AlarmOnly_TogglesWithoutMovingTheSlide()
    {
        var control = WallControl.Default(T0);

        var on = WallRotation.Apply(control, WallCommand.ToggleAlarmOnly, 3, Interval, T0.AddSeconds(5));

        Assert.True(on.AlarmOnly);
        Assert.Equal(control with { AlarmOnly = true }, on);
        Assert.False(WallRotation.Apply(on, WallCommand.AlarmOnlyOff, 3, Interval, T0).AlarmOnly);
    }

    [Fact]
    public void Follow_HoldsTheSlideAnExternalControllerChose_UntilResumed()
    {
        var following = WallRotation.Follow(WallControl.Default(T0), 4, 3, T0);

        Assert.Equal(WallControlMode.Following, following.Mode);
        Assert.Equal(1, WallRotation.CurrentSlide(following, 3, Interval, T0.AddMinutes(10)));
        Assert.Equal(WallControlMode.Rotate, WallRotation.Apply(following, WallCommand.Resume, 3, Interval, T0).Mode);
    }

    [Theory]
    [InlineData("next", WallCommand.Next)]
    [InlineData(" Prev ", WallCommand.Previous)]
    [InlineData("toggle-alarm-only", WallCommand.ToggleAlarmOnly)]
    public void TryParse_KnowsTheCommandNames(string text, WallCommand expected)
    {
        Assert.True(WallRotation.TryParse(text, out var command));
        Assert.Equal(expected, command);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("explode")]
    public void TryParse_RejectsAnythingElse(string? text) => Assert.False(WallRotation.TryParse(text, out _));
}
