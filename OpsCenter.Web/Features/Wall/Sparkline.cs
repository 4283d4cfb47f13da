using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace OpsCenter.Web.Features.Wall;

/// <summary>A trend line as an SVG path in a 100×30 box: a few dozen bytes instead of a chart per tile.</summary>
public static class Sparkline
{
    public const double Width = 100;
    public const double Height = 30;

    private static readonly ConditionalWeakTable<object, string> Drawn = [];

    /// <summary>
    /// The path for a series from a wall snapshot: built once per series instance and shared by every screen showing it,
    /// because snapshots are immutable and shared.
    /// </summary>
    public static string Shared(IReadOnlyList<double> values) => Drawn.GetValue(values, v => Path((IReadOnlyList<double>)v));

    public static string Shared(IReadOnlyList<int> values) => Drawn.GetValue(values, v => Path((IReadOnlyList<int>)v));

    /// <summary>The path through the values, scaled to the box with a small margin; empty for fewer than two values.</summary>
    public static string Path(IReadOnlyList<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length < 2)
        {
            return "";
        }

        var min = finite.Min();
        var max = finite.Max();
        var range = max - min;
        var step = Width / (finite.Length - 1);
        var path = new StringBuilder(finite.Length * 12);
        for (var i = 0; i < finite.Length; i++)
        {
            var y = range == 0 ? Height / 2 : 2 + ((Height - 4) * (1 - ((finite[i] - min) / range)));
            path.Append(i == 0 ? 'M' : 'L')
                .Append((i * step).ToString("0.#", CultureInfo.InvariantCulture))
                .Append(',')
                .Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }

        return path.ToString();
    }

    public static string Path(IReadOnlyList<int> values) => Path(values.Select(v => (double)v).ToArray());
}
