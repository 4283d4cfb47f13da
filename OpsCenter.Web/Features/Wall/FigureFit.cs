using System.Globalization;

namespace OpsCenter.Web.Features.Wall;

/// <summary>
/// How wide a tile's figure is in ems of its own bold Sarabun, estimated from its characters, so CSS can size it to
/// its tile by width as well as by height (a container query cannot measure text) and nothing is measured in the
/// browser. Widths were measured in Chromium; the estimate errs wide, which only makes a figure slightly smaller.
/// </summary>
public static class FigureFit
{
    /// <summary>The unit after a figure, relative to the figure (WallTile.razor.css uses the same).</summary>
    public const double UnitScale = 0.4;

    /// <summary>
    /// The CSS variable WallTile.razor.css sizes the figure with: its width in ems on one line (a figure with its unit).
    /// A figure with spaces may also wrap; the stylesheet then takes the largest of one, two or three lines that fits.
    /// </summary>
    public static string Style(string value, string? unit) =>
        string.Create(CultureInfo.InvariantCulture, $"--ops-figure-em:{Math.Max(1, Measure(value, unit)):0.00}");

    /// <summary>Whether the figure is words that may wrap (a status, a name), not a number that must stay whole.</summary>
    public static bool CanWrap(string value) => value.Trim().Contains(' ', StringComparison.Ordinal);

    public static double Measure(string value, string? unit) =>
        Ems(value) + (string.IsNullOrEmpty(unit) ? 0 : 0.25 + (UnitScale * Ems(unit)));

    public static double Ems(string text)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                >= '0' and <= '9' => 0.57,
                '.' or ',' or ':' or ';' or '\'' => 0.3,
                ' ' => 0.25,
                '%' => 1.0,
                '/' or '-' or '(' or ')' => 0.47,
                // Thai vowels and tone marks written above or below the consonant take no width of their own.
                '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E') => 0,
                >= '\u0E00' and <= '\u0E7F' => 0.64,
                'm' or 'w' or 'M' or 'W' or '@' => 0.9,
                _ => 0.66,
            };
        }

        return ems;
    }
}
