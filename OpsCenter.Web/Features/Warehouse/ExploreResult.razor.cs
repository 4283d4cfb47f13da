using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;
using OpsCenter.Domain.Warehouse;
using OpsCenter.Web.Components.Layout;
using OpsCenter.Web.Shared.Charts;
using OpsCenter.Web.Shared.Maps;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using static OpsCenter.Web.Shared.Bilingual;
using static OpsCenter.Web.Shared.Charts.ChartFigure;

namespace OpsCenter.Web.Features.Warehouse;

public sealed partial class ExploreResult
{
    /// <summary>More series than this and a stacked chart stops being readable; the table still has every group.</summary>
    private const int MaxSeries = 12;

    private ChartFigure figure = Empty();
    private MapState? map;
    private List<string?> groupings = [];

    [Parameter, EditorRequired]
    public ExploreOutcome Outcome { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CsvUrl { get; set; } = "";

    [Inject]
    private AreaBoundaries Boundaries { get; set; } = default!;

    private AggregateResult Result => Outcome.Result!;

    private ExploreView View => Outcome.View!;

    private WarehouseTable Table => Outcome.Table!;

    private IReadOnlyDictionary<string, GazetteerArea> Areas => Outcome.Areas!;

    protected override void OnParametersSet()
    {
        groupings = new[] { View.By, View.Then }.Where(g => g is not null).ToList();
        figure = Figure();
        map = Map();
    }

    private ChartFigure Figure()
    {
        var layout = new Layout { BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Stack, ShowLegend = groupings.Count > 1 };
        if (groupings.Count == 0)
        {
            return new ChartFigure([new Bar { X = [ExploreText.MeasureName(View)], Y = Values(Result.Rows.Select(r => r.Value ?? 0)), Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = OpsTheme.Primary } }], layout);
        }

        var xs = Result.Rows.Select(r => r.Keys[0]).Distinct().ToList();
        var labels = xs.Select(x => ExploreText.Key(groupings[0], x, Areas)).ToArray();
        if (groupings.Count == 1)
        {
            return new ChartFigure([new Bar { X = labels, Y = Values(Result.Rows.Select(r => r.Value ?? 0)), Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = OpsTheme.Primary } }], layout);
        }

        var series = Result.Rows.GroupBy(r => r.Keys[1]).OrderByDescending(g => g.Sum(r => r.Value ?? 0)).Take(MaxSeries);
        var traces = series.Select(s =>
        {
            var byX = s.ToDictionary(r => r.Keys[0] ?? "", r => r.Value ?? 0);
            return (ITrace)new Bar { Name = ExploreText.Key(groupings[1], s.Key, Areas), X = labels, Y = Values(xs.Select(x => byX.GetValueOrDefault(x ?? ""))) };
        }).ToList();
        return new ChartFigure(traces, layout);
    }

    /// <summary>
    /// A choropleth when the only grouping is a place of the installation's province: its districts, or its subdistricts
    /// (all of them, or one district's when the data covers only that district).
    /// </summary>
    private MapState? Map()
    {
        var level = ExploreView.AreaLevelOf(View.By);
        if (level is not (AreaLevel.District or AreaLevel.Subdistrict) || groupings.Count != 1)
        {
            return null;
        }

        var values = Result.Rows.Where(r => r.Keys[0] is not null && r.Value is not null && Areas.ContainsKey(r.Keys[0]!)).ToDictionary(r => r.Keys[0]!, r => r.Value!.Value);
        var province = values.Keys.GroupBy(AreaCodes.ProvinceOf).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (province is null)
        {
            return null;
        }

        var districts = values.Keys.Where(k => k.StartsWith(province, StringComparison.Ordinal)).Select(k => k[..4]).Distinct().ToList();
        var outlines = level == AreaLevel.District
            ? $"/api/areas/{province}/children.geojson?v={Boundaries.Version}"
            : districts.Count == 1
                ? $"/api/areas/{districts[0]}/subdistricts.geojson?v={Boundaries.Version}&z=12"
                : $"/api/areas/{province}/subdistricts.geojson?v={Boundaries.Version}&z=10";
        var breaks = ColorScale.QuantileBreaks(values.Values);
        var decimals = View.Measure is Measure.Average or Measure.RatePerThousand ? 2 : 0;
        return new MapState
        {
            BoundariesUrl = outlines,
            AreaStyles = values.Where(v => v.Key.StartsWith(province, StringComparison.Ordinal))
                .ToDictionary(v => v.Key, v => new AreaStyle(ColorScale.ColorFor(v.Value, breaks), Label: $"{ExploreText.MeasureName(View)} {ColorScale.Format(v.Value, decimals)}", Value: v.Value)),
            Legend = ColorScale.Legend(ExploreText.MeasureName(View), breaks, v => ColorScale.Format(v, decimals)),
            Language = IsThai ? "th" : "en",
            // A hundred subdistrict names over one map read as noise; the tooltip names each.
            ShowLabels = level == AreaLevel.District,
        };
    }
}
