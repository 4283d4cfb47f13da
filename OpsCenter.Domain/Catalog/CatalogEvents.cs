namespace OpsCenter.Domain.Catalog;

/// <summary>Event kinds the catalog publishes; the subject is the dataset id.</summary>
public static class CatalogEvents
{
    /// <summary>A new version of the data was published (a real data update).</summary>
    public const string DatasetUpdated = "dataset.updated";

    /// <summary>A dataset moved between current, due soon and overdue as time passed.</summary>
    public const string FreshnessChanged = "dataset.freshness";

    /// <summary>A dataset's description changed (no freshness effect).</summary>
    public const string MetadataChanged = "dataset.metadata";
}
