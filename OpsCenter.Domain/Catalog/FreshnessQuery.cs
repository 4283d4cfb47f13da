using System.Linq.Expressions;

namespace OpsCenter.Domain.Catalog;

/// <summary>
/// Freshness as conditions the database evaluates. The rule (<see cref="Freshness.Of"/>) runs here on four columns of
/// each dataset, because calendar months make it no simple range of last-update times (a due date clamped to a month's
/// end comes earlier for an update on the 30th than on the 29th); the database then filters, counts and sorts by the
/// resulting ids, sent as one array parameter each.
/// </summary>
internal sealed class FreshnessQuery(IReadOnlyList<int> overdue, IReadOnlyList<int> dueSoon)
{
    public static FreshnessQuery Of(IEnumerable<(int Id, DateTime? LastDataUpdateAt, FrequencyUnit Unit, int Interval)> datasets, DateTime nowUtc)
    {
        var states = datasets.Select(d => (d.Id, State: Freshness.Of(d.LastDataUpdateAt, d.Unit, Math.Max(1, d.Interval), nowUtc))).ToList();
        return new FreshnessQuery(
            states.Where(d => d.State == FreshnessState.Overdue).Select(d => d.Id).ToList(),
            states.Where(d => d.State == FreshnessState.DueSoon).Select(d => d.Id).ToList());
    }

    public Expression<Func<Dataset, bool>> Is(FreshnessState state) => state switch
    {
        FreshnessState.Overdue => d => overdue.Contains(d.Id),
        FreshnessState.DueSoon => d => dueSoon.Contains(d.Id),
        _ => d => !overdue.Contains(d.Id) && !dueSoon.Contains(d.Id),
    };

    /// <summary>3 overdue, 2 due soon, 1 current: the state's own number, to sort the most urgent first.</summary>
    public Expression<Func<Dataset, int>> Rank() => d => overdue.Contains(d.Id) ? (int)FreshnessState.Overdue : dueSoon.Contains(d.Id) ? (int)FreshnessState.DueSoon : (int)FreshnessState.Current;
}
