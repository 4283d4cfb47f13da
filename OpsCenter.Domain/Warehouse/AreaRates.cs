namespace OpsCenter.Domain.Warehouse;

/// <summary>Joins grouped values to the area hierarchy's registered population: a value per 1,000 residents.</summary>
public static class AreaRates
{
    /// <summary>Each row's value per 1,000 residents of the area in its key at <paramref name="areaKey"/>; null where the population is unknown.</summary>
    public static IReadOnlyList<AggregateRow> PerThousand(IReadOnlyList<AggregateRow> rows, int areaKey, AreaGazetteer gazetteer) =>
        rows.Select(r => r with
        {
            Value = r.Value is { } value && r.Keys[areaKey] is { } code && gazetteer.Get(code) is { Population: > 0 } area
                ? value * 1000 / area.Population
                : null,
        }).ToList();

    /// <summary>Each row's value per 1,000 of another dataset's measure in the same area (residents, households, farms); null where that measure is missing or zero.</summary>
    public static IReadOnlyList<AggregateRow> PerThousandOf(IReadOnlyList<AggregateRow> rows, int areaKey, IReadOnlyDictionary<string, double> denominators) =>
        rows.Select(r => r with
        {
            Value = r.Value is { } value && r.Keys[areaKey] is { } code && denominators.TryGetValue(code, out var denominator) && denominator > 0
                ? value * 1000 / denominator
                : null,
        }).ToList();
}
