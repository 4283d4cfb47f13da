namespace OpsCenter.Domain.Kpis;

/// <summary>One owner's reported part for a period; Value is null when it has not reported.</summary>
public sealed record KpiPart(int AgencyId, double Weight, double? Value);

public sealed record KpiPartStatus(int AgencyId, double? Value, double? Target, KpiStatus Status);

/// <summary>The joint value, its status, each part's status against its own target, and who has not reported.</summary>
public sealed record JointKpiResult(double? Value, KpiStatus Status, IReadOnlyList<KpiPartStatus> Parts, IReadOnlyList<int> Missing)
{
    /// <summary>
    /// The figure of the parts reported so far while others are awaited: shown as partial, beside who is awaited, and
    /// never given a status (a partial sum would look like a miss).
    /// </summary>
    public double? Partial { get; init; }
}

/// <summary>
/// The arithmetic of a KPI several agencies own. Sum: each part is held to its weighted share of the target and the
/// KPI is the sum. Weighted average: each part is held to the whole target and the KPI is the weighted mean.
/// The joint value and its status wait until every owner has reported; until then the reported parts give a partial figure.
/// </summary>
public static class JointKpiStatus
{
    public static JointKpiResult Of(KpiAggregation aggregation, IReadOnlyList<KpiPart> parts, double? target, KpiDirection direction, double tolerance = KpiStatusRule.DefaultTolerance)
    {
        if (parts.Count == 0)
        {
            return new JointKpiResult(null, KpiStatus.Unknown, [], []);
        }

        if (parts.Any(p => p.Weight <= 0 || double.IsNaN(p.Weight)))
        {
            throw new ArgumentException("Every part needs a positive weight.", nameof(parts));
        }

        var totalWeight = parts.Sum(p => p.Weight);
        var statuses = parts.Select(p =>
        {
            var partTarget = aggregation == KpiAggregation.Sum ? target * p.Weight / totalWeight : target;
            return new KpiPartStatus(p.AgencyId, p.Value, partTarget, KpiStatusRule.Of(p.Value, partTarget, direction, tolerance));
        }).ToList();
        var missing = parts.Where(p => p.Value is null).Select(p => p.AgencyId).ToList();
        if (missing.Count > 0)
        {
            var reported = parts.Where(p => p.Value is not null).ToList();
            return new JointKpiResult(null, KpiStatus.Unknown, statuses, missing) { Partial = reported.Count == 0 ? null : Combine(aggregation, reported) };
        }

        var value = Combine(aggregation, parts);
        return new JointKpiResult(value, KpiStatusRule.Of(value, target, direction, tolerance), statuses, missing);
    }

    private static double Combine(KpiAggregation aggregation, IReadOnlyList<KpiPart> parts) => aggregation switch
    {
        KpiAggregation.Sum => parts.Sum(p => p.Value!.Value),
        KpiAggregation.WeightedAverage => parts.Sum(p => p.Weight * p.Value!.Value) / parts.Sum(p => p.Weight),
        _ => parts[0].Value!.Value,
    };
}
