using Microsoft.AspNetCore.Authorization;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.National;

public static class NationalWebServices
{
    /// <summary>The policy of the national office's own pages and endpoints.</summary>
    public const string Policy = "NationalOffice";

    public static IServiceCollection AddNationalWeb(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Policy, p => p.RequireRole(OpsRoles.National)));
        return services;
    }
}
