using System.Linq.Expressions;

namespace OpsCenter.Domain.Catalog;

/// <summary>
/// Freshness as conditions the database evaluates: for each frequency the province's datasets promise, a comparison of
/// the last update with that frequency's <see cref="FreshnessCutoffs"/>. The cutoffs travel as parameters, so the query
/// plan is reused from one instant to the next.
/// </summary>
internal sealed class FreshnessQuery(IReadOnlyList<FreshnessCutoffs> cutoffs)
{
    private static readonly ParameterExpression Dataset = Expression.Parameter(typeof(Dataset), "d");

    public static FreshnessQuery At(IEnumerable<(FrequencyUnit Unit, int Interval)> frequencies, DateTime nowUtc) =>
        new(frequencies.Distinct().Where(f => f.Interval >= 1).Select(f => FreshnessCutoffs.At(f.Unit, f.Interval, nowUtc)).ToList());

    public Expression<Func<Dataset, bool>> Is(FreshnessState state) => Expression.Lambda<Func<Dataset, bool>>(state switch
    {
        FreshnessState.Overdue => AtLeast(FreshnessState.Overdue),
        FreshnessState.DueSoon => Expression.AndAlso(AtLeast(FreshnessState.DueSoon), Expression.Not(AtLeast(FreshnessState.Overdue))),
        _ => Expression.Not(AtLeast(FreshnessState.DueSoon)),
    }, Dataset);

    /// <summary>3 overdue, 2 due soon, 1 current: the state's own number, to sort the most urgent first.</summary>
    public Expression<Func<Dataset, int>> Rank() => Expression.Lambda<Func<Dataset, int>>(
        Expression.Condition(AtLeast(FreshnessState.Overdue), Expression.Constant((int)FreshnessState.Overdue),
            Expression.Condition(AtLeast(FreshnessState.DueSoon), Expression.Constant((int)FreshnessState.DueSoon), Expression.Constant((int)FreshnessState.Current))),
        Dataset);

    private Expression AtLeast(FreshnessState state)
    {
        var last = Expression.Property(Dataset, nameof(Catalog.Dataset.LastDataUpdateAt));
        Expression any = Expression.Equal(last, Expression.Constant(null, typeof(DateTime?)));
        foreach (var cutoff in cutoffs)
        {
            var bound = new Bound(cutoff.Unit, cutoff.Interval, state == FreshnessState.Overdue ? cutoff.OverdueUpTo : cutoff.DueSoonUpTo);
            var holder = Expression.Constant(bound);
            var matches = Expression.AndAlso(
                Expression.AndAlso(
                    Expression.Equal(Expression.Property(Dataset, nameof(Catalog.Dataset.FrequencyUnit)), Expression.Property(holder, nameof(Bound.Unit))),
                    Expression.Equal(Expression.Property(Dataset, nameof(Catalog.Dataset.FrequencyInterval)), Expression.Property(holder, nameof(Bound.Interval)))),
                Expression.LessThanOrEqual(last, Expression.Property(holder, nameof(Bound.UpTo))));
            any = Expression.OrElse(any, matches);
        }

        return any;
    }

    /// <summary>Read through a property, so EF Core sends the values as parameters instead of writing them into the SQL.</summary>
    private sealed class Bound(FrequencyUnit unit, int interval, DateTime upTo)
    {
        public FrequencyUnit Unit { get; } = unit;

        public int Interval { get; } = interval;

        public DateTime? UpTo { get; } = upTo;
    }
}
