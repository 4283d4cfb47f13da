using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Security;

/// <summary>A disabled account can neither sign in nor keep a session: its cookie fails the next security-stamp check.</summary>
public sealed class OpsSignInManager(
    UserManager<OpsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<OpsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<OpsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<OpsUser> confirmation)
    : SignInManager<OpsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(OpsUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<OpsUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
