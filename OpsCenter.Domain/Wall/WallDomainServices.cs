using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Wall;

public static class WallDomainServices
{
    public static IServiceCollection AddWallDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WallOptions>(configuration.GetSection(WallOptions.Section));
        services.AddSingleton<WallQueries>();
        services.AddSingleton<WallFeed>();
        services.AddSingleton<WallScreens>();
        services.AddSingleton<ScreenTokens>();
        return services;
    }
}
