using OpsCenter.Domain.Identity;
using Microsoft.AspNetCore.Authorization;

namespace OpsCenter.Web.Features.Review;

public static class ReviewWebServices
{
    public static IServiceCollection AddReviewWeb(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(ReviewPolicies.Present, p => p.RequireRole(ReviewPolicies.PresentRoles));
            o.AddPolicy(ReviewPolicies.Manage, p => p.RequireRole(ReviewPolicies.ManageRoles));
            o.AddPolicy(ReviewPolicies.ReportProgress, p => p.RequireRole(OpsRoles.ProvinceRoles));
        });
        return services;
    }
}
