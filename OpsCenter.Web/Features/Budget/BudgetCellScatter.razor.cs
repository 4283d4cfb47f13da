using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using ScatterLib = Plotly.Blazor.Traces.ScatterLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Budget;

public sealed partial class BudgetCellScatter
{
    private ChartFigure figure = Empty();

    /// <summary>The (area, sector) of each point, by trace: the diagonal first, then one trace per sector.</summary>
    private List<IReadOnlyList<(string Area, string Sector)>> cellsByTrace = [];

    [Parameter, EditorRequired]
    public BudgetNeedMatrix Matrix { get; set; } = default!;

    [Parameter]
    public EventCallback<(string Area, string? Sector)> OnCell { get; set; }

    protected override void OnParametersSet()
    {
        var max = Matrix.Cells.Select(c => Math.Max(c.NeedShare, c.BudgetShare)).DefaultIfEmpty(0).Max() * 100 * 1.05;
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines, Name = T("งบเท่าสัดส่วนความต้องการ", "Budget in proportion to need"), X = [0d, max], Y = [0d, max],
                Line = new ScatterLib.Line { Color = "#8a97a8", Dash = "dash", Width = 1 }, HoverInfo = ScatterLib.HoverInfoFlag.Skip,
            },
        };
        cellsByTrace = [[]];
        foreach (var sector in Sectors.All)
        {
            var cells = Matrix.Cells.Where(c => c.Sector == sector.Code).ToList();
            cellsByTrace.Add([.. cells.Select(c => (c.AreaCode, c.Sector))]);
            traces.Add(new Scatter
            {
                Mode = ScatterLib.ModeFlag.Markers, Name = T(sector.NameTh, sector.NameEn),
                X = Values(cells.Select(c => Math.Round(c.NeedShare * 100, 3))),
                Y = Values(cells.Select(c => Math.Round(c.BudgetShare * 100, 3))),
                CustomData = Values(cells.Select(c => $"{c.AreaCode}|{c.Sector}")),
                TextArray = [.. cells.Select(c => Matrix.Area(c.AreaCode) is { } a ? T(a.NameTh, a.NameEn) : c.AreaCode)],
                Marker = new ScatterLib.Marker { Color = BudgetFormat.SectorColor(sector.Code), Size = 10, Line = new ScatterLib.MarkerLib.Line { Color = "#ffffff", Width = 1 } },
                HoverTemplate = "%{text} · " + T(sector.NameTh, sector.NameEn) + "<br>" + T("ความต้องการ", "need") + " %{x:.2f}% · " + T("งบ", "budget") + " %{y:.2f}%<extra></extra>",
            });
        }

        figure = new ChartFigure(traces, new Layout
        {
            XAxis = [new XAxis { Title = new XAxisLib.Title { Text = T("สัดส่วนความต้องการ (%)", "Share of need (%)") }, RangeMode = XAxisLib.RangeModeEnum.ToZero }],
            YAxis = [new YAxis { Title = new YAxisLib.Title { Text = T("สัดส่วนงบประมาณ (%)", "Share of budget (%)") }, RangeMode = YAxisLib.RangeModeEnum.ToZero }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.V, X = 1.02m, Y = 1 }],
            Margin = new Margin { L = 56, R = 8, T = 16, B = 48 },
        });
    }

    private Task Clicked(ChartPoint point) =>
        point.Curve < cellsByTrace.Count && point.Index < cellsByTrace[point.Curve].Count && cellsByTrace[point.Curve][point.Index] is var (area, sector)
            ? OnCell.InvokeAsync((area, sector))
            : Task.CompletedTask;
}
