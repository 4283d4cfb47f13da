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
}
