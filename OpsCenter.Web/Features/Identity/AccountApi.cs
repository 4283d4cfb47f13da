using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Identity;

public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        // POST with the antiforgery token the layout's form carries, so another site cannot sign a user out.
        endpoints.MapPost("/logout", async Task<IResult> (HttpContext http, IAntiforgery antiforgery, SignInManager<OpsUser> signIn) =>
        {
            // The middleware only records a minimal API's token check; an endpoint that binds no form must act on it.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.BadRequest();
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/");
        }).AllowAnonymous();
        return endpoints;
    }
}
