namespace OpsCenter.Domain.Common;

public enum ActorKind
{
    /// <summary>A citizen or anyone else without a sign-in.</summary>
    Anonymous = 0,

    /// <summary>A wall screen signed in with a read-only screen token.</summary>
    Screen = 1,

    /// <summary>An Open311 partner app calling with its api_key.</summary>
    Partner = 2,

    /// <summary>A signed-in person with one or more roles.</summary>
    Staff = 3,
}

/// <summary>
/// Whoever asks: who they are, their roles, province and agency. Every command, and every query that returns more than
/// public data, takes one; the feature's service decides with its own policy what this actor may do and see.
/// </summary>
public sealed record Actor(ActorKind Kind, string UserId, string Name, string? ProvinceCode, int? AgencyId, IReadOnlySet<string> Roles)
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();

    public static readonly Actor Anonymous = new(ActorKind.Anonymous, "", "", null, null, NoRoles);

    public static Actor Screen(string provinceCode) => new(ActorKind.Screen, "", "", provinceCode, null, NoRoles);

    public static Actor Partner(string provinceCode) => new(ActorKind.Partner, "", "", provinceCode, null, NoRoles);

    public static Actor Staff(string userId, string name, string provinceCode, int? agencyId, params IEnumerable<string> roles) =>
        new(ActorKind.Staff, userId, name, provinceCode, agencyId, roles.ToHashSet());

    /// <summary>The reporter of a citizen report, as its timeline records them.</summary>
    public static Actor Citizen(string provinceCode) => new(ActorKind.Anonymous, "", "ผู้แจ้ง / Reporter", provinceCode, null, NoRoles);

    public bool IsStaff => Kind == ActorKind.Staff;

    /// <summary>The province of an actor that has one (people of a province, screens, partners).</summary>
    public string Province => ProvinceCode ?? throw new InvalidOperationException("This actor belongs to no province.");

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsInAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>Signed in to the given province as a person (not a screen, not a partner).</summary>
    public bool IsStaffOf(string provinceCode) => IsStaff && ProvinceCode == provinceCode;
}
