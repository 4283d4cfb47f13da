using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Catalog;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Catalog;

public sealed partial class FreshnessHistoryChart
{
    private ChartFigure figure = Empty();

    [Parameter, EditorRequired]
    public IReadOnlyList<FreshnessPeriod> History { get; set; } = [];

    protected override void OnParametersSet()
    {
        var labels = History.Select(p => FormatDate(p.From)).ToArray();
        figure = new ChartFigure(
        [
            new Bar
            {
                Name = T("วันที่ช้ากว่ากำหนด", "Days late"), X = labels, Y = Values(History.Select(p => p.DaysLate)),
                TextArray = [.. History.Select(p => p.IsOpen ? T("รอบปัจจุบัน", "current period") : p.WasLate ? T("ช้า", "late") : T("ตรงเวลา", "on time"))],
                Marker = new BarLib.Marker { ColorArray = Values(History.Select(p => p.WasLate ? OpsTheme.Alarm : p.IsOpen ? OpsTheme.Primary : OpsTheme.Ok)) },
                HoverTemplate = T("รอบเริ่ม %{x}<br>ช้า %{y} วัน<extra>%{text}</extra>", "Period from %{x}<br>%{y} days late<extra>%{text}</extra>"),
            },
        ],
        new Layout
        {
            YAxis = [new YAxis { Title = new YAxisLib.Title { Text = T("วันที่ช้า", "days late") }, RangeMode = YAxisLib.RangeModeEnum.ToZero }],
            XAxis = [new XAxis { Type = XAxisLib.TypeEnum.Category }],
        });
    }
}
