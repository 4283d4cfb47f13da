using Microsoft.AspNetCore.Identity;

namespace OpsCenter.Domain.Identity;

/// <summary>A person who signs in. Every user belongs to a province and, except national staff, to an agency.</summary>
public sealed class OpsUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public required string ProvinceCode { get; set; }

    public int? AgencyId { get; set; }

    public bool IsDisabled { get; set; }
}
