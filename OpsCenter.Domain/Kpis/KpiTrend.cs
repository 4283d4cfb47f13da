namespace OpsCenter.Domain.Kpis;

public enum KpiTrendDirection
{
    Unknown = 0,
    Improving = 1,
    Flat = 2,
    Worsening = 3,
}

/// <summary>Which way a KPI is heading: the least-squares slope of its recent values, read against its direction.</summary>
public static class KpiTrend
{
    /// <summary>A change under this share of the mean per period is noise, not a trend.</summary>
    public const double FlatThreshold = 0.01;

    public static KpiTrendDirection Of(IReadOnlyList<double> values, KpiDirection direction, int window = 6)
    {
        var recent = values.Skip(Math.Max(0, values.Count - window)).ToList();
        if (recent.Count < 3)
        {
            return KpiTrendDirection.Unknown;
        }

        var slope = Slope(recent);
        var scale = Math.Max(Math.Abs(recent.Average()), 1e-9);
        if (Math.Abs(slope) / scale < FlatThreshold)
        {
            return KpiTrendDirection.Flat;
        }

        var rising = slope > 0;
        return rising == (direction == KpiDirection.HigherIsBetter) ? KpiTrendDirection.Improving : KpiTrendDirection.Worsening;
    }

    public static double Slope(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double numerator = 0, denominator = 0;
        for (var i = 0; i < n; i++)
        {
            numerator += (i - meanX) * (values[i] - meanY);
            denominator += (i - meanX) * (i - meanX);
        }

        return denominator == 0 ? 0 : numerator / denominator;
    }
}
