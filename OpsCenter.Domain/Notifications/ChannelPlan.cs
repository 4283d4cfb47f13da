namespace OpsCenter.Domain.Notifications;

/// <summary>How one person wants to hear: by which channels, and when not to be disturbed.</summary>
public sealed record NotificationPreference(bool Email, bool Line, string? LineUserId, QuietHours Quiet, NoticeLanguage Language = NoticeLanguage.Thai)
{
    public static readonly NotificationPreference Default = new(Email: true, Line: false, LineUserId: null, new QuietHours(default, default));
}

/// <summary>One row to write: a notice on one channel to one address, in the person's language, not to be sent before <see cref="NotBefore"/>.</summary>
public sealed record PlannedDelivery(Notice Notice, NotificationChannel Channel, string Address, DateTime NotBefore, NoticeLanguage Language = NoticeLanguage.Thai)
{
    /// <summary>Unique in the database: the notice's key and the channel, so each person hears once on each channel.</summary>
    public string Key => $"{Notice.Key}|{(int)Channel}";
}

/// <summary>
/// Turns a notice into deliveries: for staff always one in the notification centre (no installation setting needed, and
/// quiet hours do not apply to what only waits on a page), then the channels the person chose that the installation has,
/// each after the quiet hours and, for staff, after a short gathering window so that a burst arrives as one digest.
/// </summary>
public static class ChannelPlan
{
    public static IReadOnlyList<PlannedDelivery> For(Notice notice, NotificationPreference preference, IReadOnlySet<NotificationChannel> available, DateTime now, TimeSpan gather)
    {
        var deliveries = new List<PlannedDelivery>();
        if (notice.Recipient.UserId is { } userId && !notice.Recipient.IsCitizen)
        {
            deliveries.Add(new PlannedDelivery(notice, NotificationChannel.InApp, userId, now));
        }

        var at = notice.Recipient.IsCitizen ? now : preference.Quiet.NextAllowed(now + gather);
        if (available.Contains(NotificationChannel.Email) && preference.Email && !string.IsNullOrWhiteSpace(notice.Recipient.Email))
        {
            deliveries.Add(new PlannedDelivery(notice, NotificationChannel.Email, notice.Recipient.Email!, at, preference.Language));
        }

        if (available.Contains(NotificationChannel.Line) && preference.Line && !string.IsNullOrWhiteSpace(preference.LineUserId))
        {
            deliveries.Add(new PlannedDelivery(notice, NotificationChannel.Line, preference.LineUserId!, at, preference.Language));
        }

        return deliveries;
    }
}
