namespace OpsCenter.Domain.Catalog;

public enum FrequencyUnit
{
    Day = 1,
    Week = 2,
    Month = 3,
    Quarter = 4,
    Year = 5,
}

/// <summary>Data classification per the Government Data Catalog (ชั้นความลับ/ข้อมูลส่วนบุคคล).</summary>
public enum DataClassification
{
    Public = 1,
    Personal = 2,
    Security = 3,
    Secret = 4,
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
}
