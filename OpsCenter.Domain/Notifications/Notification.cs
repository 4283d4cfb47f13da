namespace OpsCenter.Domain.Notifications;

/// <summary>
/// One message to one person on one channel, from the moment a rule decides on it until it is sent or dead-lettered.
/// The row is also the record PDPA asks for: what was sent to whom, when. <see cref="Key"/> is unique, so the same
/// decision can be planned any number of times (a replayed event, a second instance) and still be one row.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string Kind { get; set; }

    public required string ProvinceCode { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>The staff member told; null for a citizen.</summary>
    public string? UserId { get; set; }

    /// <summary>The report whose reporter is told; null for staff.</summary>
    public long? CitizenReportId { get; set; }

    /// <summary>The e-mail address, LINE user id or webhook URL it goes to.</summary>
    public required string Address { get; set; }

    /// <summary>In <see cref="Language"/>: both languages, Thai first, or English alone.</summary>
    public required string Subject { get; set; }

    public NoticeLanguage Language { get; set; }

    public required string BodyTh { get; set; }

    public required string BodyEn { get; set; }

    public required string Link { get; set; }

    public NotificationStatus Status { get; set; } = NotificationStatus.Pending;

    /// <summary>Sends tried so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not sent before this: the end of quiet hours, of a burst's gathering window or of a retry's back-off.</summary>
    public DateTime NotBefore { get; set; }

    /// <summary>The dispatcher's claim while <see cref="NotificationStatus.Sending"/>; the row is in doubt once it passes.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public string? ClaimToken { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>How many notifications the message that carried this one held (1 alone, more in a digest).</summary>
    public int SentInBatchOf { get; set; }

    /// <summary>When the staff member opened it in the notification centre.</summary>
    public DateTime? ReadAt { get; set; }

    public static Notification From(PlannedDelivery delivery, DateTime now)
    {
        var inApp = delivery.Channel == NotificationChannel.InApp;
        return new Notification
        {
            Key = delivery.Key,
            Kind = delivery.Notice.Kind,
            ProvinceCode = delivery.Notice.ProvinceCode,
            Channel = delivery.Channel,
            UserId = delivery.Notice.Recipient.UserId,
            CitizenReportId = delivery.Notice.Recipient.CitizenReportId,
            Address = delivery.Address,
            Subject = delivery.Language == NoticeLanguage.English ? delivery.Notice.Text.SubjectEn : delivery.Notice.Text.Subject,
            Language = delivery.Language,
            BodyTh = delivery.Notice.Text.BodyTh,
            BodyEn = delivery.Notice.Text.BodyEn,
            Link = delivery.Notice.Text.Link,
            NotBefore = delivery.NotBefore,
            CreatedAt = now,
            Status = inApp ? NotificationStatus.Sent : NotificationStatus.Pending,
            SentAt = inApp ? now : null,
            SentInBatchOf = inApp ? 1 : 0,
        };
    }

    public PendingMessage ToPending() => new(Id, Kind, Channel, Address, Subject, Link);
}

/// <summary>A person's stored choices; absent means <see cref="NotificationPreference.Default"/>.</summary>
public sealed class NotificationPreferenceRow
{
    public required string UserId { get; set; }

    public bool Email { get; set; } = true;

    public bool Line { get; set; }

    public string? LineUserId { get; set; }

    /// <summary>Quiet hours in minutes after Bangkok midnight; equal start and end mean none.</summary>
    public int QuietStartMinute { get; set; }

    public int QuietEndMinute { get; set; }

    public NoticeLanguage Language { get; set; }

    public NotificationPreference ToPreference() => new(Email, Line, LineUserId,
        new QuietHours(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(QuietStartMinute)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(QuietEndMinute))), Language);
}
