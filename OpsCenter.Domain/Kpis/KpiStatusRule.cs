namespace OpsCenter.Domain.Kpis;

public enum KpiStatus
{
    /// <summary>No measurement or no target for the period.</summary>
    Unknown = 0,
    OnTrack = 1,
    AtRisk = 2,
    OffTrack = 3,
}

/// <summary>Where a KPI stands against its target.</summary>
public static class KpiStatusRule
{
    /// <summary>Within this fraction of the target on the wrong side is "at risk" rather than "off track".</summary>
    public const double DefaultTolerance = 0.10;

    /// <summary>
    /// On track when the value meets the target in the KPI's direction; at risk when it misses by no more than
    /// <paramref name="tolerance"/> of the target's magnitude; off track beyond that.
    /// </summary>
    public static KpiStatus Of(double? value, double? target, KpiDirection direction, double tolerance = DefaultTolerance)
    {
        if (value is not { } v || target is not { } t || double.IsNaN(v) || double.IsNaN(t))
        {
            return KpiStatus.Unknown;
        }

        var shortfall = direction == KpiDirection.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0)
        {
            return KpiStatus.OnTrack;
        }

        var allowed = Math.Abs(t) * tolerance;
        return shortfall <= allowed ? KpiStatus.AtRisk : KpiStatus.OffTrack;
    }
}
