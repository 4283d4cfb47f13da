using Microsoft.AspNetCore.Identity;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Account;

public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        // POST with the antiforgery token the layout's form carries, so another site cannot sign a user out.
        endpoints.MapPost("/logout", async (SignInManager<OpsUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/");
        }).AllowAnonymous();
        return endpoints;
    }
}
