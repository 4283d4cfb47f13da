using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using ScatterLib = Plotly.Blazor.Traces.ScatterLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Budget;

public sealed partial class PackTrend
{
    private ChartFigure figure = Empty();

    [Parameter, EditorRequired]
    public EvidencePack Pack { get; set; } = default!;

    protected override void OnParametersSet()
    {
        // The month of the pack's date is to date: hatched, and labelled as partial.
        var labels = Pack.Trend.Select(m => ThaiCalendar.FormatMonth(m.Year, m.Month, IsThai) + (m.Partial ? T(" (ยังไม่ครบเดือน)", " (partial)") : "")).ToArray();
        figure = new ChartFigure(
        [
            new Bar
            {
                Name = T("ทุกเรื่องของด้านนี้ในพื้นที่", "All of the sector in the areas"), X = labels, Y = Values(Pack.Trend.Select(m => m.InAreas)),
                Marker = new BarLib.Marker
                {
                    Color = "#9fb7d6",
                    Pattern = new BarLib.MarkerLib.Pattern { ShapeArray = [.. Pack.Trend.Select(m => (BarLib.MarkerLib.PatternLib.ShapeEnum?)(m.Partial ? BarLib.MarkerLib.PatternLib.ShapeEnum.Slash : BarLib.MarkerLib.PatternLib.ShapeEnum.Empty))] },
                },
            },
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines | ScatterLib.ModeFlag.Markers, Name = T("เรื่องที่เชื่อมโยง", "Linked reports"), X = labels, Y = Values(Pack.Trend.Select(m => m.Linked)),
                Line = new ScatterLib.Line { Color = OpsTheme.Alarm, Width = 3 },
            },
        ],
        new Layout
        {
            YAxis = [new YAxis { Title = new YAxisLib.Title { Text = T("เรื่อง", "reports") }, RangeMode = YAxisLib.RangeModeEnum.ToZero }],
            Margin = new Margin { L = 40, R = 8, T = 8, B = 60 },
        },
        new Config { StaticPlot = true });
    }
}
