namespace OpsCenter.Domain.Maps;

/// <summary>Bound from the "Maps" section.</summary>
public sealed class MapsOptions
{
    public const string Section = "Maps";

    /// <summary>A tile layer under the boundaries (e.g. https://tile.example/{z}/{x}/{y}.png); none when empty, maps draw boundaries only.</summary>
    public string? TileUrl { get; set; }

    /// <summary>The tile provider's required attribution, shown on the map.</summary>
    public string? TileAttribution { get; set; }
}
