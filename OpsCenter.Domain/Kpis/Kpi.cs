namespace OpsCenter.Domain.Kpis;

public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>A key performance indicator the province tracks; a lead agency answers for it.</summary>
public sealed class Kpi
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Code { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    public required string Unit { get; set; }

    public KpiDirection Direction { get; set; }

    public int LeadAgencyId { get; set; }

    public List<KpiTarget> Targets { get; set; } = [];
}

public sealed class KpiTarget
{
    public int KpiId { get; set; }

    public int FiscalYear { get; set; }

    public double Target { get; set; }
}

/// <summary>One value of a KPI for one period (a month, starting at PeriodStart in UTC).</summary>
public sealed class KpiMeasurement
{
    public long Id { get; set; }

    public int KpiId { get; set; }

    public DateTime PeriodStart { get; set; }

    public double Value { get; set; }

    public string? EnteredByUserId { get; set; }

    public DateTime EnteredAt { get; set; }
}
