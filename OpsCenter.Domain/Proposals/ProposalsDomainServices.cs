using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;

namespace OpsCenter.Domain.Proposals;

public static class ProposalsDomainServices
{
    public static IServiceCollection AddProposalsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProposalOptions>(configuration.GetSection(ProposalOptions.Section));
        services.AddSingleton<SupporterKeys>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<ProposalQuery>();
        services.AddSingleton<IEvidenceTargets, ProposalEvidence>();
        return services;
    }
}
