using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Maps;

public static class MapsDomainServices
{
    public static IServiceCollection AddMapsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MapsOptions>(configuration.GetSection(MapsOptions.Section));
        return services.AddSingleton<MapQuery>();
    }
}
