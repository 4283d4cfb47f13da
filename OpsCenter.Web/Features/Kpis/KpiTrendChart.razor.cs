using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Kpis;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;
using LegendLib = Plotly.Blazor.LayoutLib.LegendLib;
using ScatterLib = Plotly.Blazor.Traces.ScatterLib;
using YAxisLib = Plotly.Blazor.LayoutLib.YAxisLib;

namespace OpsCenter.Web.Features.Kpis;

public sealed partial class KpiTrendChart
{
    private ChartFigure figure = Empty();

    [Parameter, EditorRequired]
    public KpiDetail Detail { get; set; } = default!;

    protected override void OnParametersSet()
    {
        var card = Detail.Card;
        var months = card.History.Select(h => h.PeriodStart).ToList();
        var labels = card.History.Select(KpiText.Period).ToArray();
        var colors = Values(card.History.Select(h => h.Status switch { KpiStatus.OnTrack => OpsTheme.Ok, KpiStatus.AtRisk => OpsTheme.Warn, _ => OpsTheme.Alarm }));

        // The running month is to date, not a month's result: a hollow marker, and its label says so.
        var symbols = card.History.Select(h => (ScatterLib.MarkerLib.SymbolEnum?)(h.Partial ? ScatterLib.MarkerLib.SymbolEnum.CircleOpen : ScatterLib.MarkerLib.SymbolEnum.Circle)).ToList();
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines | ScatterLib.ModeFlag.Markers, Name = T("ผลรวม", "Joint value"), X = labels, Y = Values(card.History.Select(h => h.Value)),
                Line = new ScatterLib.Line { Color = OpsTheme.Primary, Width = 3 },
                Marker = new ScatterLib.Marker { ColorArray = colors, Size = 10, SymbolArray = symbols, Line = new ScatterLib.MarkerLib.Line { Width = 2, ColorArray = colors } },
            },
            new Scatter
            {
                Mode = ScatterLib.ModeFlag.Lines, Name = T("เป้าหมาย", "Target"), X = labels, Y = Values(card.History.Select(h => h.Target)),
                Line = new ScatterLib.Line { Color = "#5b6776", Dash = "dash" },
            },
        };
        if (card.Kpi.Aggregation != KpiAggregation.LeadValue)
        {
            foreach (var owner in card.Owners)
            {
                var parts = Detail.Parts.Where(p => p.AgencyId == owner.Owner.AgencyId).ToDictionary(p => p.PeriodStart, p => (double?)p.Value);
                traces.Add(new Scatter
                {
                    Mode = ScatterLib.ModeFlag.Lines, Name = T(owner.Agency.NameTh, owner.Agency.NameEn), X = labels,
                    Y = Values(months.Select(m => parts.GetValueOrDefault(m))), Line = new ScatterLib.Line { Width = 1 }, Opacity = 0.6m,
                });
            }
        }

        figure = new ChartFigure(traces, new Layout
        {
            YAxis = [new YAxis { Title = new YAxisLib.Title { Text = KpiText.Unit(card.Kpi) } }],
            Legend = [new Legend { Orientation = LegendLib.OrientationEnum.H }],
        });
    }
}
