using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Wall;

/// <summary>Screens and people watch the walls; some people steer them; administrators set them up.</summary>
public static class WallPolicy
{
    /// <summary>The wall pages, a review's screen page and the live hub: screen tokens and signed-in people.</summary>
    public const string View = "wall.view";

    /// <summary>Steering a wall from a remote.</summary>
    public const string Control = "wall.control";

    /// <summary>Creating screens and issuing their tokens.</summary>
    public const string Administer = "wall.admin";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(View, Screens: true),
        new AccessRule(Control, [OpsRoles.Executive, OpsRoles.Official, OpsRoles.Presenter, OpsRoles.Admin]),
        new AccessRule(Administer, [OpsRoles.Admin]));

    public static bool CanControl(Actor actor) => Rules.Admits(Control, actor);

    public static bool CanAdminister(Actor actor) => Rules.Admits(Administer, actor);

    public static bool CanControl(Actor actor, string screenProvince) => CanControl(actor) && actor.ProvinceCode == screenProvince;
}
