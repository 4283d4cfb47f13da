namespace OpsCenter.Domain.Reports;

/// <summary>An organisation allowed to POST service requests through Open311 with its api_key (stored as a hash only).</summary>
public sealed class Open311Partner
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string ProvinceCode { get; set; }

    public required string KeyHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public bool IsActive { get; set; } = true;
}
