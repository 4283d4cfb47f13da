using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Warehouse;

public static class WarehouseDomainServices
{
    public static IServiceCollection AddWarehouseDomain(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<WarehouseOptions>(configuration.GetSection(WarehouseOptions.Section));
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<WarehouseOptions>>().Value.CacheDirectory;
            return new WarehouseFolder(string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRoot, "App_Data", "warehouse") : configured);
        });
        services.AddSingleton<WarehouseStore>();
        services.AddSingleton<WarehouseQuery>();
        services.AddSingleton<WarehouseReader>();
        services.AddHostedService<WarehouseLoader>();
        services.AddSingleton<IndicatorMeasurer>();
        services.AddHostedService(sp => sp.GetRequiredService<IndicatorMeasurer>());
        services.AddSingleton<IndicatorService>();
        services.AddSingleton<IndicatorQuery>();
        services.AddSingleton<Budget.ICitedViews, ExplorerCitations>();
        return services;
    }
}
