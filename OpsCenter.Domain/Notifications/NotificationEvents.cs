namespace OpsCenter.Domain.Notifications;

/// <summary>Event kinds of notifications. The subject is "planned": the header's unread counts of that province look again.</summary>
public static class NotificationEvents
{
    public const string Planned = "notifications.planned";

    /// <summary>A person read one of theirs; the subject is their user id, so only their own bells look again.</summary>
    public const string Read = "notifications.read";
}
