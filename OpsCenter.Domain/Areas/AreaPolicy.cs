using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Areas;

/// <summary>Areas and their maps are public; replacing the boundaries is for administrators.</summary>
public static class AreaPolicy
{
    public const string ManageBoundaries = "areas.boundaries";

    public static readonly FeaturePolicy Rules = new(new AccessRule(ManageBoundaries, [OpsRoles.Admin]));

    public static bool CanManageBoundaries(Actor actor) => Rules.Admits(ManageBoundaries, actor);
}
