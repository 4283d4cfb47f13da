using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.National;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;

namespace OpsCenter.Web.Features.National;

public sealed partial class NationalComparisonChart
{
    private ChartFigure figure = Empty();

    [Parameter, EditorRequired]
    public IReadOnlyList<ProvinceRollup> Provinces { get; set; } = [];

    protected override void OnParametersSet()
    {
        var names = Provinces.Select(p => T(p.NameTh, p.NameEn)).ToArray();
        figure = new ChartFigure(
        [
            Trace(T("แก้ไขทันกำหนด", "Resolved in time"), p => p.Sla.OnTimeRate, OpsTheme.Primary),
            Trace(T("ชุดข้อมูลเป็นปัจจุบัน", "Datasets up to date"), p => p.Freshness.UpToDateRate, OpsTheme.Ok),
            Trace(T("ตัวชี้วัดบรรลุเป้า", "KPIs on track"), p => p.Kpis.OnTrackRate, "#c77c02"),
            Trace(T("งบสอดคล้องกับความต้องการ", "Budget aligned with need"), p => p.Budget.Alignment, "#7b3fa0"),
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            YAxis = [new YAxis { Range = [0, 100], TickSuffix = "%" }],
            XAxis = [new XAxis { Type = XAxisLib.TypeEnum.Category }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H }],
        });

        Bar Trace(string name, Func<ProvinceRollup, double?> rate, string color) => new()
        {
            Name = name,
            X = names,
            Y = Values(Provinces.Select(p => rate(p) is { } r ? Math.Round(r * 100, 1) : (double?)null)),
            Marker = new BarLib.Marker { Color = color },
            HoverTemplate = "%{x}: %{y}%<extra>" + name + "</extra>",
        };
    }
}
