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

    /// <summary>A text figure longer than this many ems may wrap, up to <see cref="MaxLines"/> lines.</summary>
    private const double LineEms = 8;

    private const int MaxLines = 3;

    /// <summary>The CSS variables WallTile.razor.css sizes the figure with: its width in ems per line, and its lines.</summary>
    public static string Style(string value, string? unit)
    {
        var (ems, lines) = Measure(value, unit);
        return string.Create(CultureInfo.InvariantCulture, $"--ops-figure-em:{ems:0.00};--ops-figure-lines:{lines}");
    }

    public static (double EmsPerLine, int Lines) Measure(string value, string? unit)
    {
        var ems = Ems(value) + (string.IsNullOrEmpty(unit) ? 0 : 0.25 + (UnitScale * Ems(unit)));
        if (ems <= LineEms || !value.Contains(' ', StringComparison.Ordinal))
        {
            return (Math.Max(ems, 1), 1);
        }

        // Words break where they break, not where the estimate would like: a wrapped line is allowed a fifth more.
        var lines = Math.Min(MaxLines, (int)Math.Ceiling(ems / LineEms));
        return (ems / lines * 1.2, lines);
    }

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
