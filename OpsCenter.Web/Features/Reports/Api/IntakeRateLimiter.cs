using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>
/// Per-client token buckets for public intake: the JSON API, Open311 and the /report form share them, so a client
/// cannot get round the limit by switching channel. Partners with an api_key get their own, larger bucket.
/// </summary>
public sealed class IntakeRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public IntakeRateLimiter(IOptions<ReportsOptions> options)
    {
        var anonymous = Math.Max(1, options.Value.PermitsPerMinute);
        var partner = Math.Max(1, options.Value.PartnerPermitsPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        {
            var perMinute = key.StartsWith("partner:", StringComparison.Ordinal) ? partner : anonymous;
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 6),
                ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    /// <summary>The bucket key of an anonymous client: its address (behind a proxy, configure forwarded headers first).</summary>
    public static string ClientKey(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public static string PartnerKey(int partnerId) => "partner:" + partnerId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null when the request may go ahead, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
    }

    public static IResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ReportProblems.Status(StatusCodes.Status429TooManyRequests, "client",
            $"ส่งเรื่องถี่เกินไป กรุณารอ {seconds} วินาที", $"Too many reports from this client; retry after {seconds} seconds",
            ApiProblems.Message("ส่งคำขอถี่เกินไป", "Too many requests"));
    }

    public void Dispose() => _limiter.Dispose();
}
