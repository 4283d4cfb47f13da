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

public sealed partial class ScorecardsPage
{
    /// <summary>Each agency's datasets stacked by freshness: current, due soon, overdue.</summary>
    private static ChartFigure ScoreChart(IReadOnlyList<ScoreRow> scores)
    {
        var names = scores.Select(s => T(s.Agency.NameTh, s.Agency.NameEn)).ToArray();
        Bar Stack(string name, IEnumerable<int> values, string color) => new()
        {
            Orientation = BarLib.OrientationEnum.H, Name = name, Y = names, X = Values(values), Marker = new BarLib.Marker { Color = color },
        };

        return new ChartFigure(
        [
            Stack(T("เป็นปัจจุบัน", "Current"), scores.Select(s => s.Score.Current), OpsTheme.Ok),
            Stack(T("ใกล้ครบกำหนด", "Due soon"), scores.Select(s => s.Score.DueSoon), OpsTheme.Warn),
            Stack(T("เกินกำหนด", "Overdue"), scores.Select(s => s.Score.Overdue), OpsTheme.Alarm),
        ],
        new Layout
        {
            BarMode = BarModeEnum.Stack,
            Margin = new Margin { L = 320 },
            YAxis = [new YAxis { AutoRange = YAxisLib.AutoRangeEnum.Reversed }],
            XAxis = [new XAxis { Title = new XAxisLib.Title { Text = T("ชุดข้อมูล", "datasets") }, DTick = 1 }],
        });
    }
}
