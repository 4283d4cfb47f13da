namespace OpsCenter.Domain.Areas;

public enum AreaLevel
{
    Province = 1,
    District = 2,
    Subdistrict = 3,
}

/// <summary>A province, district (อำเภอ) or subdistrict (ตำบล), keyed by its DOPA code (2, 4 or 6 digits).</summary>
public sealed class Area
{
    public required string Code { get; set; }

    public AreaLevel Level { get; set; }

    public string? ParentCode { get; set; }

    public required string ProvinceCode { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    public int Population { get; set; }

    public int Households { get; set; }

    /// <summary>The representative point (centroid or district office), used for labels and as the fallback for locating reports.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Boundary as WKB; null until one is seeded or imported.</summary>
    public byte[]? BoundaryWkb { get; set; }

    /// <summary>True while the boundary is the generated approximation rather than an official survey boundary.</summary>
    public bool BoundaryIsApproximate { get; set; }

    public DateTime? BoundaryUpdatedAt { get; set; }
}
