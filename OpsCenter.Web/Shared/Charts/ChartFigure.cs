using Plotly.Blazor;

namespace OpsCenter.Web.Shared.Charts;

/// <summary>
/// What one chart draws, in Plotly.Blazor's typed model: traces, and the layout and config that are the chart's own
/// (<see cref="ChartStyle"/> adds the house look). A new instance is a new drawing: <see cref="OpsChart"/> hands it to
/// plotly.js with <c>React</c>, which redraws the existing plot in place.
/// </summary>
public sealed record ChartFigure(IList<ITrace> Data, Layout Layout, Config? Config = null)
{
    public static ChartFigure Empty() => new([], new Layout());

    /// <summary>Values for a trace's x or y: Plotly.Blazor takes them as objects.</summary>
    public static IList<object> Values<T>(IEnumerable<T> values) => values.Cast<object>().ToArray();
}

/// <summary>A clicked point: the index of its trace and its index in that trace, in the order the chart built them.</summary>
public readonly record struct ChartPoint(int Curve, int Index);
