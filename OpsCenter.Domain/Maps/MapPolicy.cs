using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Maps;

/// <summary>Maps are public; replacing the province's boundaries is for administrators.</summary>
public static class MapPolicy
{
    public const string ManageBoundaries = "maps.boundaries";

    public static readonly FeaturePolicy Rules = new(new AccessRule(ManageBoundaries, [OpsRoles.Admin]));
}
