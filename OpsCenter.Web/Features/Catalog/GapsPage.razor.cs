using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Gaps;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using BarLib = Plotly.Blazor.Traces.BarLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Catalog;

public sealed partial class GapsPage
{
    /// <summary>For each need, its required data stacked by status: met, due soon, stale, missing.</summary>
    private static ChartFigure GapChart(IReadOnlyList<IGrouping<string, GapRow>> needs)
    {
        var labels = needs.Select(n => Shorten(T(n.First().NeedTh, n.First().NeedEn))).ToArray();
        Bar Stack(GapStatus status, string color) => new()
        {
            Orientation = BarLib.OrientationEnum.H, Name = CatalogText.Gap(status), Y = labels,
            X = Values(needs.Select(n => n.Count(r => r.Status == status))), Marker = new BarLib.Marker { Color = color },
        };

        return new ChartFigure(
            [Stack(GapStatus.Met, OpsTheme.Ok), Stack(GapStatus.DueSoon, "#8bc34a"), Stack(GapStatus.Stale, OpsTheme.Warn), Stack(GapStatus.Missing, OpsTheme.Alarm)],
            new Layout
            {
                BarMode = BarModeEnum.Stack,
                Margin = new Margin { L = 330 },
                YAxis = [new YAxis { AutoRange = YAxisLib.AutoRangeEnum.Reversed }],
                XAxis = [new XAxis { DTick = 1 }],
            });
    }

    private static string Shorten(string text) => text.Length > 48 ? text[..47] + "…" : text;
}
