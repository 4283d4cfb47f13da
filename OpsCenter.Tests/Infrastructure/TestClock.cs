using System.Globalization;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// The instant the suite runs as of. <c>OPSCENTER_TEST_NOW</c> (ISO 8601, UTC) moves the whole suite to another date —
/// the in-process apps through their <see cref="TimeProvider"/>, the published app through faketime, and every
/// expectation a test computes from "now" — so a figure that only holds this month fails at once, not next month.
/// Time still flows from that instant, so timers, timeouts and "within the last minute" checks behave as in production.
/// </summary>
public static class TestClock
{
    public const string Variable = "OPSCENTER_TEST_NOW";

    /// <summary>The fake start instant, or null when the suite runs on the real clock.</summary>
    public static DateTime? StartsAt { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    private static readonly TimeSpan Offset = StartsAt is { } start ? start - DateTime.UtcNow : TimeSpan.Zero;

    /// <summary>The clock the in-process apps are given.</summary>
    public static TimeProvider Provider { get; } = Offset == TimeSpan.Zero ? TimeProvider.System : new ShiftedClock(Offset);

    public static DateTime UtcNow => Provider.GetUtcNow().UtcDateTime;

    /// <summary>A clock a test moves by hand, starting at the suite's now.</summary>
    public static ManualClock Manual() => new(UtcNow);

    /// <summary>The faketime start argument for a child process ("@2028-02-29 16:50:00"), or null on the real clock.</summary>
    public static string? FaketimeStart() => Offset == TimeSpan.Zero ? null : "@" + UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static DateTime? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{Variable}='{value}' is not an ISO 8601 instant such as 2028-02-29T16:50:00Z.");
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
