namespace OpsCenter.Domain.Catalog;

public enum FreshnessState
{
    Current = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>Whether a dataset is kept up to date as its owner promised.</summary>
public static class Freshness
{
    /// <summary>The instant the next update is due: the last data update plus the declared frequency, in calendar units (month ends clamp).</summary>
    public static DateTime NextDueAt(DateTime lastDataUpdateUtc, FrequencyUnit unit, int interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, 1);
        return unit switch
        {
            FrequencyUnit.Day => lastDataUpdateUtc.AddDays(interval),
            FrequencyUnit.Week => lastDataUpdateUtc.AddDays(7 * interval),
            FrequencyUnit.Month => lastDataUpdateUtc.AddMonths(interval),
            FrequencyUnit.Quarter => lastDataUpdateUtc.AddMonths(3 * interval),
            FrequencyUnit.HalfYear => lastDataUpdateUtc.AddMonths(6 * interval),
            FrequencyUnit.Year => lastDataUpdateUtc.AddYears(interval),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
    }

    /// <summary>Overdue past the due time; due soon within the last 10% of the period (at least one day); a dataset never updated is overdue.</summary>
    public static FreshnessState Of(DateTime? lastDataUpdateUtc, FrequencyUnit unit, int interval, DateTime nowUtc)
    {
        if (lastDataUpdateUtc is null)
        {
            return FreshnessState.Overdue;
        }

        var due = NextDueAt(lastDataUpdateUtc.Value, unit, interval);
        if (nowUtc >= due)
        {
            return FreshnessState.Overdue;
        }

        var period = due - lastDataUpdateUtc.Value;
        var warning = TimeSpan.FromTicks(Math.Max(period.Ticks / 10, TimeSpan.TicksPerDay));
        return nowUtc >= due - warning ? FreshnessState.DueSoon : FreshnessState.Current;
    }
}
