namespace OpsCenter.Proxy;

/// <summary>Bound from the "Proxy" section; on the command line <c>--instances http://a:5001,http://b:5002</c>.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>The app instances' addresses, separated by commas.</summary>
    public string Instances { get; set; } = "";

    /// <summary>The cookie that keeps a browser on one instance (a Blazor circuit lives in one process).</summary>
    public string AffinityCookie { get; set; } = ".OpsCenter.Instance";

    /// <summary>How often every instance's /healthz is asked; two failures in a row take it out, one success puts it back.</summary>
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(1);

    public IReadOnlyList<Uri> InstanceAddresses() =>
        Instances.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ArgumentException($"Proxy:Instances: '{address}' is not an http(s) address."))
            .ToList();
}
