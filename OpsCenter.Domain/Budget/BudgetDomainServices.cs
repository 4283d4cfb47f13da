using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget.Import;

namespace OpsCenter.Domain.Budget;

public static class BudgetDomainServices
{
    public static IServiceCollection AddBudgetDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NeedIndexOptions>()
            .Bind(configuration.GetSection(NeedIndexOptions.Section))
            .Validate(o => o.Problems().Count == 0, "Budget:NeedIndex is invalid: weights must be positive and indicator sectors known")
            .ValidateOnStart();
        services.AddSingleton<BudgetVersusNeedQuery>();
        services.AddSingleton<IBudgetVersusNeedSource>(sp => sp.GetRequiredService<BudgetVersusNeedQuery>());
        services.AddSingleton<BudgetMapMetrics>();
        services.AddSingleton<BudgetCellQuery>();
        services.AddSingleton<EvidenceResolver>();
        services.AddSingleton<ProjectQueries>();
        services.AddSingleton<ProjectService>();
        services.AddSingleton<EvidencePackQuery>();
        services.AddSingleton<PlanQuery>();
        services.AddSingleton<BudgetDisbursementQuery>();
        services.AddSingleton<Kpis.IKpiFigure, BudgetDisbursedKpiFigure>();
        services.AddSingleton<ProjectImporter>();
        services.AddSingleton<IndicatorImporter>();
        return services;
    }
}
