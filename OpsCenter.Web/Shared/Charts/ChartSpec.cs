namespace OpsCenter.Web.Shared.Charts;

/// <summary>
/// A plotly.js figure as plain data: traces and layout exactly as plotly names them (lower-case keys such as
/// <c>type</c>, <c>x</c>, <c>y</c>, <c>marker</c>, <c>hovertemplate</c>), serialised to JavaScript as they are.
/// </summary>
public sealed record ChartSpec(IReadOnlyList<object> Data, object? Layout = null, object? Config = null);

/// <summary>A clicked point: trace index, point index, its x and y as text, and its customdata key if any.</summary>
public sealed record ChartPoint(int Curve, int Index, string X, string Y, string? Key);
