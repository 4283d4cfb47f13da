using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Domain.Security;

public static class SecurityDomainServices
{
    public static IServiceCollection AddSecurityDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<Tokens.PersonalAccessTokens>();
        services.AddSingleton<ReportRetention>();
        services.AddSingleton<DataSubjectExport>();
        services.AddHostedService<ReportRetentionJob>();
        return services;
    }
}
