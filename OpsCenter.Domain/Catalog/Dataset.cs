using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog;

public enum FrequencyUnit
{
    Day = 1,
    Week = 2,
    Month = 3,
    Quarter = 4,
    Year = 5,
    HalfYear = 6,
}

/// <summary>GD Catalog data type (ประเภทชุดข้อมูล).</summary>
public enum DatasetDataType
{
    Record = 1,
    Statistical = 2,
    Geospatial = 3,
    Mixed = 4,
    Other = 5,
}

/// <summary>The finest area the data is broken down by (ขอบเขตเชิงภูมิศาสตร์).</summary>
public enum GeoCoverage
{
    Province = 1,
    District = 2,
    Subdistrict = 3,
    Village = 4,
    LocalGovernment = 5,
}

/// <summary>A dataset in the provincial catalog, owned by one agency and promised at a declared update frequency.</summary>
public sealed class Dataset
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Slug { get; set; }

    public required string TitleTh { get; set; }

    public string? TitleEn { get; set; }

    public int OwnerAgencyId { get; set; }

    public FrequencyUnit FrequencyUnit { get; set; }

    public int FrequencyInterval { get; set; } = 1;

    public DataClassification Classification { get; set; }

    /// <summary>The last time the data itself changed (a new version was uploaded), not the last metadata edit.</summary>
    public DateTime? LastDataUpdateAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DatasetDataType DataType { get; set; } = DatasetDataType.Statistical;

    public string? Maintainer { get; set; }

    public string? MaintainerEmail { get; set; }

    /// <summary>Keywords, comma-separated (CKAN's tag_string).</summary>
    public string Tags { get; set; } = "";

    public string? Description { get; set; }

    public string? Objective { get; set; }

    public GeoCoverage GeoCoverage { get; set; } = GeoCoverage.Province;

    public string? DataSource { get; set; }

    public string? DataFormat { get; set; }

    public string? License { get; set; }

    /// <summary>When the description last changed; never moves freshness.</summary>
    public DateTime MetadataModifiedAt { get; set; }

    /// <summary>The freshness last announced to the wall, so a change of state is announced once.</summary>
    public FreshnessState? AnnouncedFreshness { get; set; }

    public IReadOnlyList<string> TagList => SplitTags(Tags);

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public FreshnessState FreshnessAt(DateTime nowUtc) => Freshness.Of(LastDataUpdateAt, FrequencyUnit, FrequencyInterval, nowUtc);

    public DateTime? NextDueAt => LastDataUpdateAt is { } last ? Freshness.NextDueAt(last, FrequencyUnit, FrequencyInterval) : null;
}
