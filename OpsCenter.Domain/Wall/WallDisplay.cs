namespace OpsCenter.Domain.Wall;

/// <summary>What one television shows at one instant: the slide, its panels, and why.</summary>
public sealed record WallDisplay(
    int SlideIndex,
    int SlideCount,
    string TitleTh,
    string TitleEn,
    IReadOnlyList<string> Panels,
    WallControlMode Mode,
    bool AlarmOnly,
    bool LocallyControlled)
{
    /// <summary>
    /// The screen's shared control, or this television's own when someone used its keyboard (a screen token may not change
    /// what other televisions show). With "only panels in alarm" the playlist collapses into one slide of those panels.
    /// </summary>
    public static WallDisplay Compose(WallScreenInfo screen, WallControl? local, WallSnapshot snapshot, DateTime now)
    {
        var control = local ?? screen.Control;
        var slides = screen.Slides.Count == 0 ? [new WallSlide("", "", [])] : screen.Slides;
        var index = WallRotation.CurrentSlide(control, slides.Count, screen.RotationInterval, now);
        if (control.AlarmOnly)
        {
            return new WallDisplay(index, slides.Count, "เฉพาะที่ผิดปกติ", "Only what is in alarm",
                WallAlarms.PanelsInAlarm(slides, snapshot), control.Mode, true, local is not null);
        }

        var slide = slides[index];
        return new WallDisplay(index, slides.Count, slide.TitleTh, slide.TitleEn, slide.Panels, control.Mode, false, local is not null);
    }
}
