using System.Text.RegularExpressions;

namespace OpsCenter.Domain.Reports;

/// <summary>Bound from "Privacy:Retention".</summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>How long after a report is closed its reporter's personal data is kept (PDPA: no longer than needed).</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(730);

    /// <summary>How often the job looks for reports past the period.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);

    public bool Enabled { get; set; } = true;
}

/// <summary>Which reports lose their personal data, and what of a description survives.</summary>
public static partial class RetentionRule
{
    public const string Removed = "[ลบข้อมูลส่วนบุคคลแล้ว]";

    public static readonly ReportStatus[] ClosedStatuses = [ReportStatus.Resolved, ReportStatus.Rejected, ReportStatus.Duplicate];

    /// <summary>Open reports are never due, however old: someone still has to call the reporter back.</summary>
    public static bool IsDue(ReportStatus status, DateTime? resolvedAt, DateTime updatedAt, DateTime now, TimeSpan period) =>
        ClosedStatuses.Contains(status) && (resolvedAt ?? updatedAt) <= now - period;

    /// <summary>The description with phone numbers, e-mail addresses and Thai ID numbers replaced.</summary>
    public static string Scrub(string description) =>
        Phone().Replace(ThaiId().Replace(Email().Replace(description, Removed), Removed), Removed);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(\+66|0)[\s-]?\d([\s-]?\d){7,8}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d[\s-]?\d{4}[\s-]?\d{5}[\s-]?\d{2}[\s-]?\d\b")]
    private static partial Regex ThaiId();
}
