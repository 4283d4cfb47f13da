namespace OpsCenter.Domain.Notifications;

/// <summary>A channel's way out. A session lives for one dispatch pass, so an SMTP connection is reused across its messages.</summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }

    INotificationSession OpenSession();
}

public interface INotificationSession : IAsyncDisposable
{
    /// <summary>Sends, or throws <see cref="NotificationSendException"/> (or any other exception, taken as transient).</summary>
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>A send that failed; <see cref="Permanent"/> failures (an address the server refuses) are dead-lettered at once.</summary>
public sealed class NotificationSendException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}
