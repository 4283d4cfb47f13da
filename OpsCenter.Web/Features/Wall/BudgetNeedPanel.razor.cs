using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;

namespace OpsCenter.Web.Features.Wall;

public sealed partial class BudgetNeedPanel
{
    private ChartFigure figure = Empty();
    private BudgetNeed? drawn;

    [Parameter, EditorRequired]
    public BudgetNeed Budget { get; set; } = BudgetNeed.Empty;

    /// <summary>A district the screen focuses on, drawn brighter.</summary>
    [Parameter]
    public string? FocusDistrict { get; set; }

    /// <summary>The screen's type size (<see cref="WallScreenPage"/> measures it), so the chart's text grows with the wall's.</summary>
    [CascadingParameter(Name = WallScreenPage.TypeSize)]
    public decimal? TypeSize { get; set; }

    protected override object RenderKey => (Budget, FocusDistrict, IsThai, TypeSize);

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(drawn, Budget))
        {
            return;
        }

        drawn = Budget;
        var rows = Budget.Districts.OrderBy(d => d.NeedShare).ToList();
        var names = rows.Select(d => T(d.NameTh, d.NameEn)).ToArray();
        var underFunded = rows.Select(d => d.NeedShare >= WallAlarms.MaterialNeedShare && d.BudgetToNeedRatio < WallAlarms.UnderFundedRatio).ToArray();
        var faded = rows.Select(d => (decimal?)(FocusDistrict is null || d.DistrictCode == FocusDistrict ? 1m : 0.45m)).ToList();

        // A new figure makes the chart call React, which redraws the plot in place.
        figure = new ChartFigure(
        [
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = T("ความต้องการ", "Need"), Y = names, X = Values(rows.Select(d => Math.Round(d.NeedShare * 100, 1))),
                Marker = new BarLib.Marker { Color = "#f0a35e", OpacityArray = faded }, HoverTemplate = "%{x:.1f}%<extra></extra>",
            },
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = T("งบประมาณ", "Budget"), Y = names, X = Values(rows.Select(d => Math.Round(d.BudgetShare * 100, 1))),
                Marker = new BarLib.Marker { ColorArray = Values(underFunded.Select(u => u ? "#ef5350" : "#4fc3f7")), OpacityArray = faded }, HoverTemplate = "%{x:.1f}%<extra></extra>",
            },
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            BarGap = 0.25m,
            Margin = new Margin { L = 8, R = 16, T = 8, B = 36 },
            XAxis = [new XAxis { Title = new XAxisLib.Title { Text = T("ร้อยละของทั้งจังหวัด", "% of the province") }, TickSuffix = "%" }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H, Y = 1.06m, X = 0 }],
        });
    }
}
