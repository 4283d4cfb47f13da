namespace OpsCenter.Domain.Reports;

/// <summary>
/// "Reports of this category in this area go to this agency". A null category or area matches any; the most specific
/// matching rule wins (see <see cref="ReportRouting"/>).
/// </summary>
public sealed class RoutingRule
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public string? CategoryCode { get; set; }

    /// <summary>A district (4 digits) or subdistrict (6 digits) code; null for the whole province.</summary>
    public string? AreaCode { get; set; }

    public int AgencyId { get; set; }

    public string? Note { get; set; }
}
