using Microsoft.AspNetCore.Components;
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
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Overview;

public sealed partial class MonthlyTrendChart
{
    private ChartFigure figure = Empty();

    [Parameter, EditorRequired]
    public IReadOnlyList<MonthlyReports> Months { get; set; } = [];

    protected override void OnParametersSet()
    {
        // The running month is to date: a pale, hatched bar and hollow marker, and a label that says so, so it never reads as a collapse.
        var labels = Months.Select(m => m.Partial ? T("เดือนนี้<br>(ยังไม่ครบเดือน)", "this month<br>(partial)") : ThaiCalendar.FormatMonth(m.Year, m.Month, IsThai)).ToArray();
        figure = new ChartFigure(
        [
            new Bar
            {
                Name = T("รับเรื่อง", "Received"), X = labels, Y = Values(Months.Select(m => m.Received)),
                Marker = new BarLib.Marker
                {
                    Color = OpsTheme.Primary,
                    OpacityArray = [.. Months.Select(m => (decimal?)(m.Partial ? 0.45m : 1m))],
                    Pattern = new BarLib.MarkerLib.Pattern { ShapeArray = [.. Months.Select(m => (BarLib.MarkerLib.PatternLib.ShapeEnum?)(m.Partial ? BarLib.MarkerLib.PatternLib.ShapeEnum.Slash : BarLib.MarkerLib.PatternLib.ShapeEnum.Empty))] },
                },
            },
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines | ScatterLib.ModeFlag.Markers, Name = T("แก้ไขเสร็จ", "Resolved"), X = labels, Y = Values(Months.Select(m => m.Resolved)),
                Line = new ScatterLib.Line { Color = OpsTheme.Ok, Width = 3 },
                Marker = new ScatterLib.Marker
                {
                    Size = 8,
                    SymbolArray = [.. Months.Select(m => (ScatterLib.MarkerLib.SymbolEnum?)(m.Partial ? ScatterLib.MarkerLib.SymbolEnum.CircleOpen : ScatterLib.MarkerLib.SymbolEnum.Circle))],
                },
            },
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            YAxis = [new YAxis { Title = new YAxisLib.Title { Text = T("เรื่อง", "reports") } }],
            // Above the plot: month labels turned by a long one would run into a legend placed below.
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H, X = 0, Y = 1.02m, YAnchor = LegendLib.YAnchorEnum.Bottom }],
        });
    }
}
