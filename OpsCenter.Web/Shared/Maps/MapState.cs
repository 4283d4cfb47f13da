namespace OpsCenter.Web.Shared.Maps;

/// <summary>How one area is drawn: fill colour, opacity and the tooltip's second line.</summary>
public sealed record AreaStyle(string Fill, double Opacity = 0.7, string? Label = null, double? Value = null);

public sealed record HeatLayer(IReadOnlyList<double[]> Points, double Radius = 22, double Max = 1);

public sealed record MapMarker(string Id, double Lat, double Lon, string? Color = null, string? Title = null);

public sealed record MapPin(double Lat, double Lon);

public sealed record LegendItem(string Color, string Label);

public sealed record MapLegend(string Title, IReadOnlyList<LegendItem> Items);

/// <summary>
/// Everything a map shows, as plain data for wwwroot-assets/src/map/ops-map.js. Boundaries are fetched by the browser
/// from <see cref="BoundariesUrl"/>, so only styles and points travel over the circuit.
/// </summary>
public sealed record MapState
{
    public string? BoundariesUrl { get; init; }

    public IReadOnlyDictionary<string, AreaStyle>? AreaStyles { get; init; }

    public string? Selected { get; init; }

    public HeatLayer? Heat { get; init; }

    public IReadOnlyList<MapMarker>? Markers { get; init; }

    public bool Cluster { get; init; }

    /// <summary>Clicking the map drops a pin and reports its coordinates.</summary>
    public bool Pick { get; init; }

    public MapPin? Pin { get; init; }

    /// <summary>Optional tile server URL template; maps work without one.</summary>
    public string? TileUrl { get; init; }

    public string? Attribution { get; init; }

    /// <summary>light or dark.</summary>
    public string Theme { get; init; } = "light";

    /// <summary>th or en: which names label the areas.</summary>
    public string Language { get; init; } = "th";

    public MapLegend? Legend { get; init; }

    public bool FitToBoundaries { get; init; } = true;

    public bool ShowLabels { get; init; }
}
