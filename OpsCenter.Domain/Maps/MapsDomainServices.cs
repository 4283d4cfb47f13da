using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Maps;

public static class MapsDomainServices
{
    public static IServiceCollection AddMapsDomain(this IServiceCollection services) => services.AddSingleton<MapQuery>();
}
