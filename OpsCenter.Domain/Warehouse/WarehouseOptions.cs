namespace OpsCenter.Domain.Warehouse;

/// <summary>The "Warehouse" configuration section.</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary>Where this instance keeps its Parquet files; empty means App_Data/warehouse under the content root.</summary>
    public string CacheDirectory { get; set; } = "";

    /// <summary>Public aggregates over personal data hide groups of fewer rows than this (PDPA).</summary>
    public int MinimumGroupSize { get; set; } = 10;

    /// <summary>The most groups an aggregate returns.</summary>
    public int MaxGroups { get; set; } = 2_000;

    /// <summary>The largest page datastore_search returns (CKAN's ckan.datastore.search.rows_max).</summary>
    public int MaxRows { get; set; } = 32_000;

    /// <summary>A query that runs longer than this is interrupted.</summary>
    public int QueryTimeoutSeconds { get; set; } = 10;
}
