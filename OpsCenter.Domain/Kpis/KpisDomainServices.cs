using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Kpis;

public static class KpisDomainServices
{
    public static IServiceCollection AddKpisDomain(this IServiceCollection services)
    {
        services.AddSingleton<KpiBoardQuery>();
        services.AddSingleton<KpiMeasurementService>();
        return services;
    }
}
