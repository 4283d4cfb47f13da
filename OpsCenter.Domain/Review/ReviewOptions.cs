namespace OpsCenter.Domain.Review;

/// <summary>Bound from the "Review" section.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>
    /// How often planned agendas are rebuilt so that owners who became late with time alone (no action changed) join
    /// them before the meeting; 0 turns it off.
    /// </summary>
    public int AgendaRefreshMinutes { get; set; } = 15;
}
