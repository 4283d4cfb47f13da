namespace OpsCenter.Domain.Wall;

public enum WallControlMode
{
    /// <summary>Slides advance by themselves every rotation interval.</summary>
    Rotate = 1,

    /// <summary>Held on one slide by someone at the remote or keyboard.</summary>
    Paused = 2,

    /// <summary>Driven slide by slide by an external controller (a presenter running a review).</summary>
    Following = 3,
}

public enum WallCommand
{
    Next = 1,
    Previous = 2,
    Pause = 3,
    Resume = 4,
    TogglePause = 5,
    AlarmOnlyOn = 6,
    AlarmOnlyOff = 7,
    ToggleAlarmOnly = 8,
}

/// <summary>
/// Where a screen is in its playlist. In <see cref="WallControlMode.Rotate"/> the slide shown is <see cref="Slide"/> plus
/// one per interval since <see cref="AnchorAt"/>, so every television and every app instance computes the same slide
/// from the clock alone, without talking to each other.
/// </summary>
public sealed record WallControl(WallControlMode Mode, int Slide, DateTime AnchorAt, bool AlarmOnly)
{
    public static WallControl Default(DateTime now) => new(WallControlMode.Rotate, 0, now, false);
}
