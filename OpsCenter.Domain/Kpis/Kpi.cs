namespace OpsCenter.Domain.Kpis;

public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>How a joint KPI's value comes from its owners' parts.</summary>
public enum KpiAggregation
{
    /// <summary>The lead agency reports the whole value; co-owners answer for the parts written beside them.</summary>
    LeadValue = 1,

    /// <summary>Each owner reports a count; the KPI is their sum, and each part's target is its weighted share.</summary>
    Sum = 2,

    /// <summary>Each owner reports a rate; the KPI is their weighted mean, and every part is held to the whole target.</summary>
    WeightedAverage = 3,
}

/// <summary>A key performance indicator the province tracks; a lead agency answers for it, co-owners for their parts.</summary>
public sealed class Kpi
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Code { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The unit in Thai ("ราย", "ต่อแสนประชากร", "%"); the one the value is validated against.</summary>
    public required string Unit { get; set; }

    /// <summary>The unit in English ("deaths", "per 100,000 residents"); null where it reads the same in both.</summary>
    public string? UnitEn { get; set; }

    public KpiDirection Direction { get; set; }

    public int LeadAgencyId { get; set; }

    public List<KpiTarget> Targets { get; set; } = [];

    public KpiAggregation Aggregation { get; set; } = KpiAggregation.LeadValue;

    /// <summary>The catalog dataset the value is computed from, if any.</summary>
    public int? SourceDatasetId { get; set; }

    /// <summary>The warehouse indicator the value is measured from, when <see cref="Computation"/> is <see cref="KpiComputation.Indicator"/>.</summary>
    public int? SourceIndicatorId { get; set; }

    /// <summary>How the value is computed, in words (e.g. "เรื่องที่เสร็จภายในกำหนด ÷ เรื่องที่รับ × 100").</summary>
    public string? FormulaTh { get; set; }

    public string? FormulaEn { get; set; }

    public List<KpiOwner> Owners { get; set; } = [];

    /// <summary>Which of the system's own figures the value is computed from; <see cref="KpiComputation.Reported"/> when owners report it.</summary>
    public KpiComputation Computation { get; set; }

    public bool IsComputed => Computation != KpiComputation.Reported;

    public double? TargetFor(int buddhistFiscalYear) => Targets.FirstOrDefault(t => t.FiscalYear == buddhistFiscalYear)?.Target;
}

/// <summary>An agency that answers for a KPI: the lead or a co-owner, with its part and its weight in the joint value.</summary>
public sealed class KpiOwner
{
    public int KpiId { get; set; }

    public int AgencyId { get; set; }

    public bool IsLead { get; set; }

    public required string PartTh { get; set; }

    public string? PartEn { get; set; }

    /// <summary>Share of the target (Sum) or weight in the mean (WeightedAverage); unused for LeadValue.</summary>
    public double Weight { get; set; } = 1;
}

/// <summary>One owner's reported part of a joint KPI for one month, with who entered it and the evidence.</summary>
public sealed class KpiPartMeasurement
{
    public long Id { get; set; }

    public int KpiId { get; set; }

    public int AgencyId { get; set; }

    public DateTime PeriodStart { get; set; }

    public double Value { get; set; }

    public string? EnteredByUserId { get; set; }

    public required string EnteredByName { get; set; }

    public DateTime EnteredAt { get; set; }

    public string? EvidenceNote { get; set; }

    public string? EvidenceUrl { get; set; }
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

    public string? EnteredByName { get; set; }

    public string? EvidenceNote { get; set; }

    public string? EvidenceUrl { get; set; }
}
