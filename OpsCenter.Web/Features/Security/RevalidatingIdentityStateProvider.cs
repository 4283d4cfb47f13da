using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Identity;
using OpsCenter.Web.Features.Wall;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// An open Blazor circuit outlives the cookie check of the request that started it. Every
/// <see cref="SecurityOptions.RevalidationInterval"/> this re-reads the user: deleted, disabled, a changed security
/// stamp (password or role change, forced sign-out) or past the absolute lifetime, and the circuit turns anonymous,
/// which sends the page to the sign-in form.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<SecurityOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider time) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;

        // Screens are checked by their own token handler on every reconnect; they hold no user account.
        if (ScreenTokenAuthentication.IsScreen(user))
        {
            return true;
        }

        if (SessionLifetime.SignedInAt(user) is { } signedIn && SessionLifetime.IsExpired(signedIn, time.GetUtcNow(), options.Value.AbsoluteLifetime))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        return await IsStillValidAsync(users, user);
    }

    private async Task<bool> IsStillValidAsync(UserManager<OpsUser> users, ClaimsPrincipal principal)
    {
        var account = await users.GetUserAsync(principal);
        if (account is null || account.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(account);
    }
}
