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

    /// <summary>The most bytes of Parquet files this instance keeps; past it the least recently used go. 0 keeps every file.</summary>
    public long CacheMaxBytes { get; set; }

    /// <summary>DuckDB's memory limit (SET memory_limit), such as "512MB" or "1GiB"; empty leaves DuckDB's default (80% of the machine's memory).</summary>
    public string MemoryLimit { get; set; } = "";

    /// <summary>A memory limit DuckDB accepts: a number and a unit of bytes.</summary>
    public static bool IsMemoryLimit(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\s*[0-9]+(\.[0-9]+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
