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
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using XAxisLib = Plotly.Blazor.LayoutLib.XAxisLib;

namespace OpsCenter.Web.Features.Budget;

public sealed partial class BudgetDistrictChart
{
    private ChartFigure figure = Empty();
    private IReadOnlyList<string> codes = [];

    [Parameter, EditorRequired]
    public BudgetNeedMatrix Matrix { get; set; } = default!;

    [Parameter]
    public EventCallback<string> OnDistrict { get; set; }

    protected override void OnParametersSet()
    {
        var totals = Matrix.ByArea().ToDictionary(a => a.AreaCode);
        // Horizontal bars, largest need on top, so Thai district names stay readable.
        var areas = Matrix.Areas.OrderBy(a => totals[a.Code].NeedShare).ToList();
        codes = [.. areas.Select(a => a.Code)];
        var names = areas.Select(a => T(a.NameTh, a.NameEn)).ToArray();
        // customdata carries the district code and the exact satang, for people's tools and the tests.
        var keys = Values(areas.Select(a => new object[] { a.Code, totals[a.Code].BudgetSatang }));
        figure = new ChartFigure(
        [
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = T("สัดส่วนความต้องการ", "Share of need"), Y = names, CustomData = keys,
                X = Values(areas.Select(a => Math.Round(totals[a.Code].NeedShare * 100, 2))), Marker = new BarLib.Marker { Color = OpsTheme.Need },
                HoverTemplate = "%{y}<br>" + T("ความต้องการ", "need") + " %{x:.2f}%<extra></extra>",
            },
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = $"{T("สัดส่วน", "Share of ")}{BudgetFormat.Measure(Matrix.Measure)}", Y = names, CustomData = keys,
                X = Values(areas.Select(a => Math.Round(totals[a.Code].BudgetShare * 100, 2))), Marker = new BarLib.Marker { Color = OpsTheme.Primary },
                TextArray = [.. areas.Select(a => BudgetFormat.Baht(new Money(totals[a.Code].BudgetSatang)))],
                HoverTemplate = "%{y}<br>" + T("งบ", "budget") + " %{x:.2f}% (%{text})<extra></extra>",
                TextPosition = BarLib.TextPositionEnum.None,
            },
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            XAxis = [new XAxis { Title = new XAxisLib.Title { Text = "%" }, RangeMode = XAxisLib.RangeModeEnum.ToZero }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H, Y = -0.12m }],
        });
    }

    private Task Clicked(ChartPoint point) => point.Index < codes.Count ? OnDistrict.InvokeAsync(codes[point.Index]) : Task.CompletedTask;
}
