using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Security;

public static class SecurityDomainServices
{
    public static IServiceCollection AddSecurityDomain(this IServiceCollection services)
    {
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<Tokens.PersonalAccessTokens>();
        return services;
    }
}
