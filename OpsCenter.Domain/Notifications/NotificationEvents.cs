namespace OpsCenter.Domain.Notifications;

/// <summary>Event kinds of notifications. The subject is "planned": the header's unread counts of that province look again.</summary>
public static class NotificationEvents
{
    public const string Planned = "notifications.planned";
}
