namespace OpsCenter.Domain.Catalog;

/// <summary>A dataset its owner must update: overdue, or due within the horizon.</summary>
public sealed record FreshnessReminder(DatasetFreshnessFacts Dataset, FreshnessState State, DateTime? DueAt, double DaysFromDue)
{
    public bool IsOverdue => State == FreshnessState.Overdue;
}

/// <summary>What is overdue or due soon, per owner, most urgent first.</summary>
public static class FreshnessReminders
{
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromDays(14);

    public static IReadOnlyList<FreshnessReminder> Due(IEnumerable<DatasetFreshnessFacts> datasets, DateTime nowUtc, TimeSpan? horizon = null)
    {
        var limit = nowUtc + (horizon ?? DefaultHorizon);
        return datasets
            .Select(d => new { Dataset = d, State = d.StateAt(nowUtc), d.DueAt })
            .Where(x => x.State != FreshnessState.Current || (x.DueAt is { } due && due <= limit))
            .Select(x => new FreshnessReminder(x.Dataset, x.State == FreshnessState.Current ? FreshnessState.DueSoon : x.State, x.DueAt,
                x.DueAt is { } due ? Math.Round((nowUtc - due).TotalDays, 1) : double.PositiveInfinity))
            .OrderByDescending(r => r.DaysFromDue)
            .ThenBy(r => r.Dataset.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<IGrouping<int, FreshnessReminder>> ByOwner(IReadOnlyList<FreshnessReminder> reminders) =>
        reminders.GroupBy(r => r.Dataset.OwnerAgencyId).OrderByDescending(g => g.Count(r => r.IsOverdue)).ThenByDescending(g => g.Count()).ToList();
}
