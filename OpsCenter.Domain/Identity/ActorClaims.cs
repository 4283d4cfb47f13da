using System.Security.Claims;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Identity;

public static class ActorClaims
{
    /// <summary>
    /// The actor behind a request or a circuit. A signed-in principal with no role is a wall screen's token; the
    /// Open311 partner is made by its own authentication, not from claims.
    /// </summary>
    public static Actor ToActor(this ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous;
        }

        var roles = OpsRoles.All.Where(user.IsInRole).ToHashSet();
        var province = OpsClaims.ProvinceOf(user);
        if (roles.Count == 0)
        {
            return province is null ? Actor.Anonymous : Actor.Screen(province);
        }

        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name ?? "";
        return new Actor(ActorKind.Staff, id, OpsClaims.DisplayNameOf(user), province, OpsClaims.AgencyOf(user), roles);
    }

    /// <summary>The actor when a person of a province is signed in; null for visitors and screens.</summary>
    public static Actor? ToStaffActor(this ClaimsPrincipal? user) =>
        user.ToActor() is { IsStaff: true, ProvinceCode: not null } actor ? actor : null;
}
