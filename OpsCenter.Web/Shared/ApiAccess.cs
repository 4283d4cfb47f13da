using OpsCenter.Domain.Identity;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Web.Shared;

/// <summary>The access rule an endpoint answers to, for endpoints that check it in <see cref="ApiAccess"/> rather than with a policy.</summary>
public sealed record AccessRuleMetadata(string Rule);

/// <summary>
/// A feature's access rule for JSON APIs that answer 401/403 as problem+json. The sign-in cookie's own challenge would
/// redirect an API caller to the HTML login page instead.
/// </summary>
public static class ApiAccess
{
    public static TBuilder RequireApiUser<TBuilder>(this TBuilder builder, string rule)
        where TBuilder : IEndpointConventionBuilder
    {
        var access = FeaturePolicies.Named(rule);
        return builder.WithMetadata(new AccessRuleMetadata(rule)).AddEndpointFilter(async (context, next) =>
        {
            var actor = context.HttpContext.User.ToActor();
            if (actor.Kind == Domain.Common.ActorKind.Anonymous)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: ApiProblems.Message("กรุณาเข้าสู่ระบบ", "Sign in first"));
            }

            if (!access.Admits(actor))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiProblems.Message("บัญชีนี้ไม่มีสิทธิ์", "This account may not do this"));
            }

            return await next(context);
        });
    }
}
