using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Security.Tokens;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// An agency's own system calls the staff API with "Authorization: Bearer ops_pat_…" (or, as CKAN clients such as
/// ckanapi send an API token, the bare token): the principal is the person the token was issued to, built by the same
/// factory as a sign-in, so every role and agency check treats it as that person.
/// </summary>
public static class AccessTokenAuthentication
{
    public const string Scheme = "PersonalAccessToken";

    public static string? SecretOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var secret = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : header;
        return PersonalAccessTokens.LooksLikeSecret(secret) ? secret : null;
    }
}

public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PersonalAccessTokens tokens,
    IUserClaimsPrincipalFactory<OpsUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = AccessTokenAuthentication.SecretOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var user = await tokens.ValidateAsync(secret, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired, or its account is disabled.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
