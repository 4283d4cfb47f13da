using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Notifications;

public static class NotificationsDomainServices
{
    public static IServiceCollection AddNotificationsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationsOptions>(configuration.GetSection(NotificationsOptions.Section));
        services.AddSingleton<NotificationAudience>();
        services.AddSingleton<CitizenUnsubscribe>();
        services.AddSingleton<NotificationCentre>();
        services.AddSingleton<NotificationPreferences>();
        services.AddSingleton<AgencyWebhooks>();
        services.AddSingleton<LineAccountLinks>();
        services.AddSingleton<NotificationPlanner>();
        services.AddHttpClient(LineSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<INotificationSender, EmailSender>();
        services.AddSingleton<INotificationSender, LineSender>();
        services.AddSingleton<INotificationSender, WebhookSender>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService<NotificationDelivery>();
        services.AddSingleton<DailyFactsQuery>();
        services.AddSingleton<NotificationSweeper>();
        services.AddHostedService<NotificationSweepService>();
        return services;
    }
}
