namespace OpsCenter.Domain.Kpis;

/// <summary>Bound from "Kpis".</summary>
public sealed class KpiOptions
{
    public const string Section = "Kpis";

    /// <summary>How often computed KPIs' running months are recorded (0 turns it off); pages compute them live anyway.</summary>
    public int RecordComputedMinutes { get; set; } = 60;
}
