namespace OpsCenter.Domain.Budget;

/// <summary>
/// One value of an external need indicator for one area, imported from CSV (e.g. TPMAP poor people per province).
/// Which sector it counts toward and how much it weighs is configuration (Budget:NeedIndex:Indicators), not data.
/// </summary>
public sealed class IndicatorValue
{
    public long Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string IndicatorCode { get; set; }

    public required string AreaCode { get; set; }

    /// <summary>The year the figure describes (Buddhist era), when the source says; 0 when it does not.</summary>
    public int Year { get; set; }

    public double Value { get; set; }

    /// <summary>Where the figure came from (file name or publisher), for the evidence pack.</summary>
    public string? Source { get; set; }

    public DateTime ImportedAt { get; set; }
}
