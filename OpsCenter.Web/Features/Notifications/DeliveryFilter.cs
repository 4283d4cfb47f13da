using OpsCenter.Domain.Notifications;

namespace OpsCenter.Web.Features.Notifications;

/// <summary>Which deliveries the administrator looks at: one status, or all when null.</summary>
public sealed record DeliveryFilter(NotificationStatus? Status);
