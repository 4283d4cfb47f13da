using OpsCenter.Domain.Agencies;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>A dataset with what every export needs: its owner and its versions (newest first).</summary>
public sealed record CatalogEntry(Dataset Dataset, Agency Owner, IReadOnlyList<DatasetVersion> Versions)
{
    public string ResourceUrl(string baseUrl, DatasetVersion version) =>
        version.ExternalUrl ?? $"{baseUrl.TrimEnd('/')}/catalog/{Dataset.Slug}/versions/{version.Number}/download";

    /// <summary>CKAN's private flag: classified data is listed only to callers cleared for it.</summary>
    public bool IsPrivate => Dataset.Classification != Security.DataClassification.Public;

    public DateTime MetadataModified =>
        new[] { Dataset.MetadataModifiedAt, Dataset.CreatedAt, Dataset.LastDataUpdateAt ?? DateTime.MinValue }.Max();
}
