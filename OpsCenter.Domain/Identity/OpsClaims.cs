using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Identity;

public static class OpsClaims
{
    public const string Province = "ops:province";
    public const string Agency = "ops:agency";
    public const string DisplayName = "ops:display_name";

    public static string? ProvinceOf(ClaimsPrincipal user) => user.FindFirst(Province)?.Value;

    public static int? AgencyOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(Agency)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayNameOf(ClaimsPrincipal user) => user.FindFirst(DisplayName)?.Value ?? user.Identity?.Name ?? "";
}

/// <summary>Puts the user's province, agency and display name into the sign-in cookie, so scoping needs no database read per request.</summary>
public sealed class OpsClaimsPrincipalFactory(UserManager<OpsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<OpsUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OpsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OpsClaims.Province, user.ProvinceCode));
        identity.AddClaim(new Claim(OpsClaims.DisplayName, user.DisplayName));
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(OpsClaims.Agency, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
