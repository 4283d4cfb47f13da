namespace OpsCenter.Domain.Wall;

/// <summary>The playlist rules: which slide is showing, when it changes, and what a command does.</summary>
public static class WallRotation
{
    public static int CurrentSlide(WallControl control, int slideCount, TimeSpan interval, DateTime now)
    {
        if (slideCount <= 0)
        {
            return 0;
        }

        if (control.Mode != WallControlMode.Rotate || interval <= TimeSpan.Zero || now <= control.AnchorAt)
        {
            return Wrap(control.Slide, slideCount);
        }

        var steps = (now - control.AnchorAt).Ticks / interval.Ticks;
        return Wrap(control.Slide + steps, slideCount);
    }

    /// <summary>When the slide will next change by itself; null when it will not.</summary>
    public static DateTime? NextChangeAt(WallControl control, int slideCount, TimeSpan interval, DateTime now)
    {
        if (control.Mode != WallControlMode.Rotate || interval <= TimeSpan.Zero || slideCount <= 1)
        {
            return null;
        }

        if (now < control.AnchorAt)
        {
            return control.AnchorAt + interval;
        }

        var steps = (now - control.AnchorAt).Ticks / interval.Ticks;
        return control.AnchorAt + TimeSpan.FromTicks(interval.Ticks * (steps + 1));
    }

    public static WallControl Apply(WallControl control, WallCommand command, int slideCount, TimeSpan interval, DateTime now)
    {
        var current = CurrentSlide(control, slideCount, interval, now);
        return command switch
        {
            // Moving restarts the dwell time, so the chosen slide gets a full interval.
            WallCommand.Next => control with { Slide = Wrap(current + 1, slideCount), AnchorAt = now },
            WallCommand.Previous => control with { Slide = Wrap(current - 1, slideCount), AnchorAt = now },
            WallCommand.Pause => control with { Mode = WallControlMode.Paused, Slide = current, AnchorAt = now },
            WallCommand.Resume => control with { Mode = WallControlMode.Rotate, Slide = current, AnchorAt = now },
            WallCommand.TogglePause => Apply(control, control.Mode == WallControlMode.Rotate ? WallCommand.Pause : WallCommand.Resume, slideCount, interval, now),
            WallCommand.AlarmOnlyOn => control with { AlarmOnly = true },
            WallCommand.AlarmOnlyOff => control with { AlarmOnly = false },
            WallCommand.ToggleAlarmOnly => control with { AlarmOnly = !control.AlarmOnly },
            _ => control,
        };
    }

    /// <summary>Jumps to a slide; a rotating screen rotates on from there, a paused one stays on it.</summary>
    public static WallControl GoTo(WallControl control, int slide, int slideCount, DateTime now) =>
        control with { Slide = Wrap(slide, slideCount), AnchorAt = now };

    /// <summary>Shows one slide and holds it there until told otherwise; what an external controller (a presenter) uses.</summary>
    public static WallControl Follow(WallControl control, int slide, int slideCount, DateTime now) =>
        control with { Mode = WallControlMode.Following, Slide = Wrap(slide, slideCount), AnchorAt = now };

    public static bool TryParse(string? text, out WallCommand command)
    {
        command = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "next" => WallCommand.Next,
            "previous" or "prev" => WallCommand.Previous,
            "pause" => WallCommand.Pause,
            "resume" or "play" => WallCommand.Resume,
            "toggle-pause" => WallCommand.TogglePause,
            "alarm-only-on" => WallCommand.AlarmOnlyOn,
            "alarm-only-off" => WallCommand.AlarmOnlyOff,
            "toggle-alarm-only" => WallCommand.ToggleAlarmOnly,
            _ => 0,
        };
        return command != 0;
    }

    private static int Wrap(long slide, int count) => count <= 0 ? 0 : (int)(((slide % count) + count) % count);
}
