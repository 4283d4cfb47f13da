using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Budget;

/// <summary>
/// Sign-in and role checks for JSON APIs that answer 401/403 as problem+json. The sign-in cookie's own challenge would
/// redirect an API caller to the HTML login page instead.
/// </summary>
public static class ApiAccess
{
    public static TBuilder RequireApiUser<TBuilder>(this TBuilder builder, string? roles = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: ApiProblems.Message("กรุณาเข้าสู่ระบบ", "Sign in first"));
            }

            // A wall screen's token is for the wall alone, never for the APIs behind the people's pages.
            if (Wall.ScreenTokenAuthentication.IsScreen(user) || (roles is not null && !roles.Split(',').Any(user.IsInRole)))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiProblems.Message("บัญชีนี้ไม่มีสิทธิ์", "This account may not do this"));
            }

            return await next(context);
        });
}
