using OpsCenter.Domain.Budget;
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
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Budget;

public sealed partial class PlansPage
{
    /// <summary>Each development issue's share of need against its share of the approved budget, the plan's order top down.</summary>
    private static ChartFigure IssueChart(PlanOverview overview)
    {
        var names = overview.Issues.Select(i => $"{i.Issue.Number}. {T(i.Issue.NameTh, i.Issue.NameEn ?? i.Issue.NameTh)}").Select(n => n.Length > 40 ? n[..40] + "…" : n).ToArray();
        return new ChartFigure(
        [
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = T("สัดส่วนความต้องการ", "Share of need"), Y = names,
                X = Values(overview.Issues.Select(i => Math.Round(i.NeedShare * 100, 2))), Marker = new BarLib.Marker { Color = OpsTheme.Need },
            },
            new Bar
            {
                Orientation = BarLib.OrientationEnum.H, Name = T("สัดส่วนงบอนุมัติ", "Share of approved budget"), Y = names,
                X = Values(overview.Issues.Select(i => Math.Round(i.BudgetShare * 100, 2))), Marker = new BarLib.Marker { Color = OpsTheme.Primary },
            },
        ],
        new Layout
        {
            BarMode = BarModeEnum.Group,
            XAxis = [new XAxis { Title = new XAxisLib.Title { Text = "%" } }],
            YAxis = [new YAxis { AutoRange = YAxisLib.AutoRangeEnum.Reversed }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H, Y = -0.25m }],
            Margin = new Margin { L = 8, R = 8, T = 8, B = 70 },
        });
    }
}
