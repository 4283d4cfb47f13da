using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// The absolute session lifetime. Sliding expiration re-issues the cookie on activity (the idle timeout), so the moment
/// of sign-in is kept in the ticket's properties, which survive every renewal, and as a claim the Blazor circuit can read.
/// </summary>
public static class SessionLifetime
{
    public const string AuthTimeItem = ".ops.auth_time";

    public const string AuthTimeClaim = "ops:auth_time";

    public static bool IsExpired(DateTimeOffset signedInAt, DateTimeOffset now, TimeSpan absoluteLifetime) => now - signedInAt >= absoluteLifetime;

    public static DateTimeOffset? SignedInAt(ClaimsPrincipal user) =>
        DateTimeOffset.TryParse(user.FindFirst(AuthTimeClaim)?.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    public static void Apply(CookieAuthenticationOptions cookie, SecurityOptions options)
    {
        cookie.ExpireTimeSpan = options.IdleTimeout;
        cookie.SlidingExpiration = true;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        var signingIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (the national office switching province) keeps the original moment, so the absolute
            // lifetime cannot be extended by re-issuing the cookie.
            if (!context.Properties.Items.TryGetValue(AuthTimeItem, out var signedInAt) || signedInAt is null)
            {
                signedInAt = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
                context.Properties.Items[AuthTimeItem] = signedInAt;
            }

            Stamp(context.Principal, signedInAt);
            return signingIn(context);
        };

        var validating = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
            var signedIn = context.Properties.Items.TryGetValue(AuthTimeItem, out var text)
                           && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : context.Properties.IssuedUtc ?? now;
            if (IsExpired(signedIn, now, options.AbsoluteLifetime))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validating(context);
            Stamp(context.Principal, signedIn.ToString("O", CultureInfo.InvariantCulture));
        };
    }

    /// <summary>The security-stamp validator replaces the principal with a fresh one; give it the sign-in time back.</summary>
    private static void Stamp(ClaimsPrincipal? principal, string signedInAt)
    {
        if (principal?.Identity is ClaimsIdentity identity && !principal.HasClaim(c => c.Type == AuthTimeClaim))
        {
            identity.AddClaim(new Claim(AuthTimeClaim, signedInAt));
        }
    }
}
