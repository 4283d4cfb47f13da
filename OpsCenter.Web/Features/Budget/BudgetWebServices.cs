using OpsCenter.Web.Cli;

namespace OpsCenter.Web.Features.Budget;

public static class BudgetWebServices
{
    public static IServiceCollection AddBudgetWeb(this IServiceCollection services)
    {
        services.AddCliVerb<ImportProjectsVerb>();
        services.AddCliVerb<ImportIndicatorVerb>();
        services.AddCliVerb<BudgetTimingVerb>();
        return services;
    }
}
