using OpsCenter.Domain.Common;
using OpsCenter.Domain.Overview;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using ScatterLib = Plotly.Blazor.Traces.ScatterLib;

namespace OpsCenter.Web.Features.Maps;

public sealed partial class MapSidePanel
{
    /// <summary>The area's last twelve months: reports received (bars) and resolved (line).</summary>
    private static ChartFigure TrendChart(IReadOnlyList<MonthlyReports> months)
    {
        var labels = months.Select(m => ThaiCalendar.FormatMonth(m.Year, m.Month, IsThai)).ToArray();
        return new ChartFigure(
        [
            new Bar { Name = T("รับเรื่อง", "Received"), X = labels, Y = Values(months.Select(m => m.Received)), Marker = new BarLib.Marker { Color = OpsTheme.Primary } },
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines | ScatterLib.ModeFlag.Markers, Name = T("แก้ไขเสร็จ", "Resolved"), X = labels, Y = Values(months.Select(m => m.Resolved)),
                Line = new ScatterLib.Line { Color = OpsTheme.Ok, Width = 3 },
            },
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            Margin = new Margin { L = 40, R = 10, T = 10, B = 60 },
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H }],
        });
    }
}
