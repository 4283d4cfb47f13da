namespace OpsCenter.Domain.Reports;

/// <summary>Bound from the "Reports" section.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Days after resolution during which the reporter may reopen a report.</summary>
    public int ReopenWindowDays { get; set; } = 14;

    /// <summary>Open reports of the same category within this distance are suggested as duplicates.</summary>
    public double DuplicateRadiusMeters { get; set; } = 250;

    /// <summary>How long an Idempotency-Key is remembered (at least 24 hours).</summary>
    public int IdempotencyHours { get; set; } = 48;

    public int SweepIntervalSeconds { get; set; } = 60;

    /// <summary>Hours past due after which an overdue report goes from the district chief to a deputy governor.</summary>
    public int DeputyGovernorAfterHours { get; set; } = 48;

    /// <summary>Public intake requests per client per minute (web form, JSON API and Open311 without a key).</summary>
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>Requests per minute for an Open311 partner with an api_key.</summary>
    public int PartnerPermitsPerMinute { get; set; } = 600;

    public EscalationPolicy Escalation => new(TimeSpan.FromHours(DeputyGovernorAfterHours));

    public TimeSpan IdempotencyRetention => TimeSpan.FromHours(Math.Max(24, IdempotencyHours));

    public TimeSpan ReopenWindow => TimeSpan.FromDays(ReopenWindowDays);
}
