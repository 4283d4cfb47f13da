namespace OpsCenter.Domain.Catalog;

/// <summary>One promised period between two data updates (or from the last update to now).</summary>
public sealed record FreshnessPeriod(DateTime From, DateTime DueAt, DateTime? UpdatedAt, double DaysLate, bool IsOpen)
{
    public bool WasLate => DaysLate > 0;
}

/// <summary>How punctual a dataset has been: each period from an update to the next, against the due date it promised.</summary>
public static class FreshnessHistory
{
    public static IReadOnlyList<FreshnessPeriod> Of(IEnumerable<DateTime> updatesUtc, FrequencyUnit unit, int interval, DateTime nowUtc)
    {
        var updates = updatesUtc.Order().ToList();
        var periods = new List<FreshnessPeriod>(updates.Count);
        for (var i = 0; i < updates.Count; i++)
        {
            var due = Freshness.NextDueAt(updates[i], unit, interval);
            DateTime? next = i + 1 < updates.Count ? updates[i + 1] : null;
            var endOrNow = next ?? nowUtc;
            var late = Math.Max(0, (endOrNow - due).TotalDays);
            periods.Add(new FreshnessPeriod(updates[i], due, next, Math.Round(late, 1), next is null));
        }

        return periods;
    }

    /// <summary>Share of closed periods whose update came on time; null when there is none yet.</summary>
    public static double? OnTimeShare(IReadOnlyList<FreshnessPeriod> periods)
    {
        var closed = periods.Where(p => !p.IsOpen).ToList();
        return closed.Count == 0 ? null : closed.Count(p => !p.WasLate) / (double)closed.Count;
    }
}
