using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Kpis;

public static class KpisDomainServices
{
    public static IServiceCollection AddKpisDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KpiOptions>(configuration.GetSection(KpiOptions.Section));
        services.AddSingleton<KpiBoardQuery>();
        services.AddSingleton<KpiMeasurementService>();
        services.AddHostedService<ComputedKpiRecorder>();
        return services;
    }
}
