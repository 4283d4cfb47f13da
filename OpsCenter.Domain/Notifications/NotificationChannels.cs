namespace OpsCenter.Domain.Notifications;

public static class NotificationChannels
{
    /// <summary>The channels this installation is configured for; a person's choice of another one is kept but unused.</summary>
    public static IReadOnlySet<NotificationChannel> Available(NotificationsOptions options)
    {
        var channels = new HashSet<NotificationChannel>();
        if (options.Smtp.IsConfigured)
        {
            channels.Add(NotificationChannel.Email);
        }

        if (options.Line.IsConfigured)
        {
            channels.Add(NotificationChannel.Line);
        }

        // Webhooks need no installation-wide setting: an agency that registers one has the channel.
        channels.Add(NotificationChannel.Webhook);
        return channels;
    }
}
