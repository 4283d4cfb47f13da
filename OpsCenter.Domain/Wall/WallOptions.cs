namespace OpsCenter.Domain.Wall;

/// <summary>Bound from "Wall".</summary>
public sealed class WallOptions
{
    public const string Section = "Wall";

    /// <summary>Serve /diagnostics/wall (memory after a forced collection, circuits, feed counters) for benchmarks; off in production.</summary>
    public bool Diagnostics { get; set; }

    /// <summary>Events closer together than this are handled as one burst: one recomputation, one redraw.</summary>
    public TimeSpan CoalesceInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often clock-driven parts (overdue counts, "today") are recomputed without any event.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often KPI tiles and the budget chart are recomputed without any event, as a safety net.</summary>
    public TimeSpan SlowPartsRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Bangkok time of day at which every television reloads its page (same screen, same place), so weeks of uptime
    /// never accumulate in a browser tab; empty turns it off.
    /// </summary>
    public TimeSpan? QuietRefreshAt { get; set; } = TimeSpan.FromHours(3);

    /// <summary>A view nobody watches is forgotten after this long.</summary>
    public TimeSpan IdleViewLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
