using System.Security.Claims;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Security;

public enum ViewerKind
{
    /// <summary>A citizen or anyone else without a sign-in.</summary>
    Anonymous = 0,

    /// <summary>A wall screen signed in with a read-only screen token.</summary>
    ScreenToken = 1,

    /// <summary>An Open311 partner app calling with its api_key.</summary>
    Partner = 2,

    /// <summary>A signed-in staff member.</summary>
    Staff = 3,
}

/// <summary>Whoever is looking at data, as the classification rule sees them: kind, roles, province and agency.</summary>
public sealed record Viewer(ViewerKind Kind, IReadOnlySet<string> Roles, string? ProvinceCode, int? AgencyId)
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();

    public static readonly Viewer Anonymous = new(ViewerKind.Anonymous, NoRoles, null, null);

    public static Viewer Screen(string provinceCode) => new(ViewerKind.ScreenToken, NoRoles, provinceCode, null);

    public static Viewer Partner(string provinceCode) => new(ViewerKind.Partner, NoRoles, provinceCode, null);

    public static Viewer Staff(string provinceCode, int? agencyId, params string[] roles) => new(ViewerKind.Staff, roles.ToHashSet(), provinceCode, agencyId);

    public bool Is(string role) => Roles.Contains(role);

    /// <summary>A signed-in staff member; screen tokens and visitors are neither staff nor cleared for anything but public data.</summary>
    public static Viewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var roles = OpsRoles.All.Where(user.IsInRole).ToHashSet();
        return roles.Count == 0
            ? new Viewer(ViewerKind.ScreenToken, NoRoles, OpsClaims.ProvinceOf(user), null)
            : new Viewer(ViewerKind.Staff, roles, OpsClaims.ProvinceOf(user), OpsClaims.AgencyOf(user));
    }
}
