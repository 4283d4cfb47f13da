namespace OpsCenter.Domain.Warehouse;

/// <summary>
/// A measure over a dataset's latest version that a KPI can take its values from: sum, count or average of a column,
/// over the rows one filter and one area keep. Each new version re-measures it (<see cref="IndicatorMeasurer"/>).
/// </summary>
public sealed class DatasetIndicator
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public int DatasetId { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    public Measure Measure { get; set; }

    /// <summary>The numeric column summed or averaged; null for a count.</summary>
    public string? Of { get; set; }

    /// <summary>A column and the value rows must hold in it (a category, or a period such as a fiscal year); null for every row.</summary>
    public string? FilterColumn { get; set; }

    public string? FilterValue { get; set; }

    /// <summary>The area the rows must lie in (a DOPA code; its sub-areas count); null for the whole dataset.</summary>
    public string? AreaCode { get; set; }

    /// <summary>The need-index input (a key of Budget:NeedIndex:Indicators) this indicator gives its values to, one per area; null when it feeds only a KPI.</summary>
    public string? NeedInputCode { get; set; }

    /// <summary>The area level a need input's values are grouped by (district by default).</summary>
    public Areas.AreaLevel? ByAreaLevel { get; set; }

    public Aggregation ToAggregation()
    {
        var filters = new Dictionary<string, IReadOnlyList<string?>>();
        if (FilterColumn is not null)
        {
            filters[FilterColumn] = [FilterValue];
        }

        return new Aggregation { Measure = Measure, Of = Measure == Measure.Count ? null : Of, Filters = filters, Area = AreaCode };
    }

    /// <summary>The same measure once per area of the need input's level, for the need index.</summary>
    public Aggregation ToAreaAggregation() => ToAggregation() with { GroupBy = [Grouping.ByArea(ByAreaLevel ?? Areas.AreaLevel.District)] };
}
