using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Web.Features.Wall;

/// <summary>
/// Televisions authenticate with a screen token: a long-lived cookie set by /wall/connect, or the access_token query
/// string on the hub (WebSocket clients cannot send headers). The principal names the place and the province, holds no
/// role, and is refused by every policy except <see cref="Domain.Wall.WallPolicy.View"/>.
/// </summary>
public static class ScreenTokenAuthentication
{
    public const string Scheme = "ScreenToken";

    /// <summary>The default scheme: a screen cookie goes to <see cref="Scheme"/>, everything else to the sign-in cookie.</summary>
    public const string SelectorScheme = "OpsDefault";

    public const string CookieName = "opscenter.screen";

    public const string TokenClaim = "ops:screen_token";

    public const string HubPath = "/hubs/ops";

    /// <summary>Requests from programs (the wall API, the hub) get status codes, never a redirect to an HTML page.</summary>
    public static bool IsProgrammatic(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/wall") || request.Path.StartsWithSegments("/api/reviews") || request.Path.StartsWithSegments("/api/national") || request.Path.StartsWithSegments("/api/staff") || request.Path.StartsWithSegments("/api/admin/users") || request.Path.StartsWithSegments(HubPath);

    /// <summary>A bare status code: status-code pages would re-run the request against an HTML page and turn a 401 into a 400.</summary>
    public static void AnswerPlainly(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }

    public static bool IsScreen(ClaimsPrincipal user) => user.HasClaim(c => c.Type == TokenClaim);

    public static int? TokenIdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(TokenClaim)?.Value, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? ScreenSecretOf(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return cookie;
        }

        if (!request.Path.StartsWithSegments(HubPath))
        {
            return null;
        }

        if (request.Query.TryGetValue("access_token", out var query) && ScreenTokens.LooksLikeSecret(query))
        {
            return query.ToString();
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && ScreenTokens.LooksLikeSecret(header[7..]) ? header[7..] : null;
    }

    public static string SelectScheme(HttpContext context)
    {
        // An agency system's personal access token speaks for its person, whatever cookies ride along.
        if (Security.AccessTokenAuthentication.SecretOf(context.Request) is not null)
        {
            return Security.AccessTokenAuthentication.Scheme;
        }

        // A person signed in on the same browser is a person, not a screen.
        if (context.Request.Cookies.ContainsKey("opscenter.auth"))
        {
            return IdentityConstants.ApplicationScheme;
        }

        return ScreenSecretOf(context.Request) is not null ? Scheme : IdentityConstants.ApplicationScheme;
    }

    public static ClaimsPrincipal PrincipalFor(ScreenIdentity screen)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "screen:" + screen.TokenId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, screen.Name),
            new Claim(OpsClaims.DisplayName, screen.Name),
            new Claim(OpsClaims.Province, screen.ProvinceCode),
            new Claim(TokenClaim, screen.TokenId.ToString(CultureInfo.InvariantCulture)),
        ], Scheme);
        return new ClaimsPrincipal(identity);
    }
}

public sealed class ScreenTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ScreenTokens tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ScreenTokenAuthentication.ScreenSecretOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var screen = await tokens.ValidateAsync(secret, Context.RequestAborted);
        return screen is null
            ? AuthenticateResult.Fail("The screen token is unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(ScreenTokenAuthentication.PrincipalFor(screen), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (IsPageRequest())
        {
            // The television's token was revoked or mistyped: say so on the screen and offer to enter a new one.
            Response.Cookies.Delete(ScreenTokenAuthentication.CookieName);
            Response.Redirect("/wall/token?error=invalid");
            return Task.CompletedTask;
        }

        ScreenTokenAuthentication.AnswerPlainly(Context, StatusCodes.Status401Unauthorized);
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (IsPageRequest())
        {
            Response.Redirect("/forbidden");
            return Task.CompletedTask;
        }

        ScreenTokenAuthentication.AnswerPlainly(Context, StatusCodes.Status403Forbidden);
        return Task.CompletedTask;
    }

    private bool IsPageRequest() => HttpMethods.IsGet(Request.Method) && !ScreenTokenAuthentication.IsProgrammatic(Request);
}
