using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Plotly.Blazor;
using Plotly.Blazor.Interop;

namespace OpsCenter.Web.Shared.Charts;

/// <summary>
/// A chart: Plotly.Blazor's <see cref="PlotlyChart"/> with the house look (<see cref="ChartStyle"/>). The chart draws its
/// first figure itself; a new <see cref="Figure"/> redraws the same plot in place with <c>React</c> (no new plot, no flicker
/// on a wall), one call at a time, always with the newest figure.
/// </summary>
public sealed partial class OpsChart
{
    private PlotlyChart? chart;
    private Layout layout = new();
    private Config config = new();
    private (ChartFigure Figure, bool Wall, decimal? FontSize)? styled;
    private int version;
    private int drawnVersion;
    private bool busy;

    [Parameter, EditorRequired]
    public ChartFigure Figure { get; set; } = ChartFigure.Empty();

    /// <summary>A wall screen's chart: dark, static, its type the size of the screen's (<see cref="FontSize"/>).</summary>
    [Parameter]
    public bool Wall { get; set; }

    /// <summary>Type size in pixels; the desk size when unset.</summary>
    [Parameter]
    public decimal? FontSize { get; set; }

    [Parameter]
    public string Height { get; set; } = "320px";

    [Parameter]
    public string? TestId { get; set; }

    /// <summary>What the chart shows, for screen readers.</summary>
    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public EventCallback<ChartPoint> OnPointClick { get; set; }

    protected override void OnParametersSet()
    {
        if (styled == (Figure, Wall, FontSize))
        {
            return;
        }

        styled = (Figure, Wall, FontSize);
        layout = ChartStyle.Apply(Figure.Layout, Wall, FontSize);
        config = ChartStyle.Apply(Figure.Config, Wall);
        version++;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            drawnVersion = version;
            return;
        }

        if (chart is null || busy)
        {
            return;
        }

        // Figures that arrive while React runs only move the version on; the loop sends the newest.
        busy = true;
        try
        {
            while (drawnVersion != version)
            {
                var sending = version;
                await chart.React();
                drawnVersion = sending;
            }
        }
        catch (JSDisconnectedException)
        {
            // A wall screen that lost its network: the next figure is drawn once it is back.
        }
        finally
        {
            busy = false;
        }
    }

    private void SubscribeToClicks()
    {
        if (OnPointClick.HasDelegate && chart is not null)
        {
            _ = SubscribeToClicksAsync(chart);
        }
    }

    private static async Task SubscribeToClicksAsync(PlotlyChart plot)
    {
        try
        {
            await plot.SubscribeClickEvent();
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private void Clicked(IEnumerable<EventDataPoint> points)
    {
        if (points.FirstOrDefault() is { } point && IndexOf(point.CurveNumber) is { } curve && IndexOf(point.PointIndex ?? point.PointNumber) is { } index)
        {
            _ = InvokeAsync(() => OnPointClick.InvokeAsync(new ChartPoint(curve, index)));
        }
    }

    private static int? IndexOf(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetInt32(),
        IConvertible convertible => convertible.ToInt32(CultureInfo.InvariantCulture),
        _ => null,
    };
}
