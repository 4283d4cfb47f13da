namespace OpsCenter.Web.Features.Operations;

/// <summary>Bound from the "Operations" section: limits, outage behaviour and telemetry.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>What a 503 tells clients to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the database is probed for /healthz and the availability metric.</summary>
    public TimeSpan DatabaseProbeInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest body of a CKAN Action API or other JSON API call (reports carry photos and have their own).</summary>
    public long ApiBodyLimit { get; set; } = 1024 * 1024;

    /// <summary>Largest body of a citizen report or Open311 request (a 5 MB photo, base64 or multipart, and the text).</summary>
    public long ReportBodyLimit { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest upload (datasets, imports) on the pages and upload APIs.</summary>
    public long UploadBodyLimit { get; set; } = 100 * 1024 * 1024;

    /// <summary>Longest value of any one query-string parameter.</summary>
    public int QueryValueLimit { get; set; } = 4096;

    /// <summary>Memory kept for the last good answers of anonymous public reads, served while the database is down; 0: none.</summary>
    public long LastGoodAnswerBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Older answers are not served during an outage: a 503 says more than a day-old figure.</summary>
    public TimeSpan LastGoodAnswerMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>OTLP endpoint for metrics and traces (e.g. http://collector:4317); none when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve Prometheus's text format at /metrics (to loopback and <see cref="MetricsNetworks"/> only).</summary>
    public bool PrometheusEndpoint { get; set; } = true;

    /// <summary>Networks (CIDR) besides loopback whose scrapers may read /metrics.</summary>
    public string[] MetricsNetworks { get; set; } = [];
}
