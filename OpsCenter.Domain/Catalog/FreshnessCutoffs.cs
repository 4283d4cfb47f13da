namespace OpsCenter.Domain.Catalog;

/// <summary>
/// For one promised frequency at one instant, the latest data update that still leaves a dataset overdue, and the latest
/// that leaves it due soon or worse. Freshness only worsens as the last update gets older, so each state is a range of
/// last-update times: the database can filter and order by them without knowing calendar arithmetic.
/// </summary>
public sealed record FreshnessCutoffs(FrequencyUnit Unit, int Interval, DateTime OverdueUpTo, DateTime DueSoonUpTo)
{
    public static FreshnessCutoffs At(FrequencyUnit unit, int interval, DateTime nowUtc) =>
        new(unit, interval, Latest(unit, interval, nowUtc, FreshnessState.Overdue), Latest(unit, interval, nowUtc, FreshnessState.DueSoon));

    /// <summary>The state of a dataset last updated at <paramref name="lastDataUpdateUtc"/>: the same answer as <see cref="Freshness.Of"/>.</summary>
    public FreshnessState StateOf(DateTime? lastDataUpdateUtc) =>
        lastDataUpdateUtc is not { } last || last <= OverdueUpTo ? FreshnessState.Overdue
        : last <= DueSoonUpTo ? FreshnessState.DueSoon
        : FreshnessState.Current;

    /// <summary>A binary search over ticks: no period is longer than 366 days per interval, and an update a day ahead is never due yet.</summary>
    private static DateTime Latest(FrequencyUnit unit, int interval, DateTime now, FreshnessState atLeast)
    {
        var worse = now.AddDays(-(366.0 * interval) - 2).Ticks;
        var better = now.AddDays(1).Ticks;
        while (better - worse > 1)
        {
            var middle = worse + ((better - worse) / 2);
            if (Freshness.Of(new DateTime(middle, DateTimeKind.Utc), unit, interval, now) >= atLeast)
            {
                worse = middle;
            }
            else
            {
                better = middle;
            }
        }

        return new DateTime(worse, DateTimeKind.Utc);
    }
}
