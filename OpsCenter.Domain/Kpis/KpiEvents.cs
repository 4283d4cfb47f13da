namespace OpsCenter.Domain.Kpis;

/// <summary>Event kinds the KPIs publish; the subject is the KPI id.</summary>
public static class KpiEvents
{
    /// <summary>A measurement (or an owner's part of one) was entered.</summary>
    public const string Measured = "kpi.measured";
}
