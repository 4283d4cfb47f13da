namespace OpsCenter.Domain.Notifications;

public enum NotificationChannel
{
    Email = 1,
    Line = 2,
    Webhook = 3,

    /// <summary>The notification centre: written as delivered when planned, since nothing leaves the app.</summary>
    InApp = 4,
}

public enum NotificationStatus
{
    /// <summary>Waiting for its time (quiet hours, the burst's gathering window, a retry's back-off).</summary>
    Pending = 1,

    /// <summary>Claimed by a dispatcher until its lease ends; one whose lease ran out is in doubt and sent again.</summary>
    Sending = 2,

    Sent = 3,

    /// <summary>Dead-lettered: it failed for good or too often; the reason is kept for an admin to read and resend.</summary>
    Failed = 4,

    /// <summary>Not sent because the recipient withdrew (a citizen's unsubscribe) before it went.</summary>
    Cancelled = 5,
}
