using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Events;

public static class EventsDomainServices
{
    /// <summary>The cross-process half of the bus: the outbox relay (LISTEN/NOTIFY or polling) and outbox retention.</summary>
    public static IServiceCollection AddEventsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddMetrics();
        services.AddSingleton<Operations.OpsMetrics>();
        services.AddSingleton<OutboxReader>();
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRetention>());
        return services;
    }
}
