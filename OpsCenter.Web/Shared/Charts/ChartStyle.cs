using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Shared.Charts;

/// <summary>
/// The look every chart shares, so a chart sets only what is its own: Sarabun, text and grid colours for a desk or for a
/// dark wall, axes that make room for Thai labels, the legend under the plot, no plotly logo. On a wall the plot is static
/// (no mode bar, no hover: nobody holds a mouse) and its type is the screen's, so a 4K television is not drawn in 14 px.
/// What a chart sets wins, as when the page spread its own layout over these defaults.
/// </summary>
public static class ChartStyle
{
    public const string FontFamily = "Sarabun, 'Noto Sans Thai', sans-serif";
    public const decimal DeskFontSize = 14;
    private const string Transparent = "rgba(0,0,0,0)";

    private static readonly Palette Desk = new("#1d2733", "#dde3ea");
    private static readonly Palette Wall = new("#e8eef7", "#24324a");

    /// <summary>Fills in the layout what the chart left unset; the font is always the house's, sized for the screen on a wall.</summary>
    public static Layout Apply(Layout layout, bool wall, decimal? fontSize = null)
    {
        var palette = wall ? Wall : Desk;
        layout.Font = new Font { Family = FontFamily, Color = palette.Text, Size = fontSize ?? DeskFontSize };
        layout.Margin ??= new Margin { L = 48, R = 16, T = 24, B = 40 };
        layout.PaperBgColor ??= Transparent;
        layout.PlotBgColor ??= Transparent;
        layout.XAxis ??= [new XAxis()];
        foreach (var axis in layout.XAxis)
        {
            axis.GridColor ??= palette.Grid;
            axis.ZeroLineColor ??= palette.Grid;
            axis.AutoMargin ??= XAxisLib.AutoMarginFlag.True;
        }

        layout.YAxis ??= [new YAxis()];
        foreach (var axis in layout.YAxis)
        {
            axis.GridColor ??= palette.Grid;
            axis.ZeroLineColor ??= palette.Grid;
            axis.AutoMargin ??= YAxisLib.AutoMarginFlag.True;
        }

        layout.Legend ??= [new Legend()];
        foreach (var legend in layout.Legend)
        {
            legend.Orientation ??= LegendLib.OrientationEnum.H;
            legend.Y ??= -0.2m;
        }

        return layout;
    }

    /// <summary>The chart's config (if any) with the house's defaults filled in.</summary>
    public static Config Apply(Config? config, bool wall)
    {
        config ??= new Config();
        config.DisplayLogo ??= false;
        config.Responsive ??= true;
        config.Locale ??= "th";
        config.ModeBarButtonsToRemove ??= new[] { "lasso2d", "select2d" };
        if (wall)
        {
            config.StaticPlot ??= true;
            config.DisplayModeBar ??= DisplayModeBarEnum.False;
        }

        return config;
    }

    private sealed record Palette(string Text, string Grid);
}
