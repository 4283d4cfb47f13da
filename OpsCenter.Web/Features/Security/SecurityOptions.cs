namespace OpsCenter.Web.Features.Security;

/// <summary>Bound from the "Security" section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>A session unused this long ends (sliding: every request renews it).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however active it is.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How often an open Blazor circuit re-checks that its user still exists, is enabled and has the same security stamp.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// IP addresses of the TLS-terminating reverse proxies whose X-Forwarded-* headers are believed; none by default, so
    /// a proxy on the same machine is named here too ("127.0.0.1").
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) of such proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Origins other than the app's own allowed to open /_blazor and /hubs/ops (e.g. a separate wall kiosk host).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Extra image sources for the CSP, e.g. a configured map tile server.</summary>
    public string[] ExtraImageSources { get; set; } = [];
}
