using System.Globalization;

namespace OpsCenter.Web.Shared.Maps;

/// <summary>Sequential colour classes for choropleths (ColorBrewer-like, colour-blind safe), with equal-count breaks.</summary>
public static class ColorScale
{
    public static readonly IReadOnlyList<string> Sequential = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];

    public static readonly IReadOnlyList<string> Diverging = ["#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac"];

    /// <summary>Breaks at quantiles of the values, so each colour covers about the same number of areas.</summary>
    public static double[] QuantileBreaks(IEnumerable<double> values, int classes = 5)
    {
        var sorted = values.Where(v => !double.IsNaN(v) && !double.IsInfinity(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return [];
        }

        return Enumerable.Range(1, classes - 1)
            .Select(i => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(i * sorted.Length / (double)classes))])
            .Distinct()
            .ToArray();
    }

    public static string ColorFor(double value, double[] breaks, IReadOnlyList<string>? colors = null)
    {
        colors ??= Sequential;
        var index = 0;
        while (index < breaks.Length && value >= breaks[index])
        {
            index++;
        }

        return colors[Math.Min(index, colors.Count - 1)];
    }

    public static MapLegend Legend(string title, double[] breaks, Func<double, string> format, IReadOnlyList<string>? colors = null)
    {
        colors ??= Sequential;
        var items = new List<LegendItem>();
        for (var i = 0; i <= breaks.Length; i++)
        {
            var label = i == 0 ? $"< {format(breaks[0])}" : i == breaks.Length ? $"≥ {format(breaks[^1])}" : $"{format(breaks[i - 1])} – {format(breaks[i])}";
            items.Add(new LegendItem(colors[Math.Min(i, colors.Count - 1)], breaks.Length == 0 ? "-" : label));
        }

        return new MapLegend(title, items);
    }

    public static string Format(double value, int decimals = 1) => value.ToString("#,##0." + new string('0', decimals), CultureInfo.InvariantCulture);
}
