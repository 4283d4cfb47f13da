namespace OpsCenter.Domain.Reports;

/// <summary>A kind of problem or need, with the service level the province promises for it.</summary>
public sealed class ReportCategory
{
    public required string Code { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>Hours from receipt to the due time; calendar hours (working hours and holidays are not modelled yet).</summary>
    public int SlaHours { get; set; }

    /// <summary>The development sector (ด้าน) budget lines for this category fall under, used to compare need with budget.</summary>
    public required string Sector { get; set; }
}
