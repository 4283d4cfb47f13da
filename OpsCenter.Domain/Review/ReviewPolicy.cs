using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Review;

/// <summary>Who reads, plans, presents and reports progress in the four-real reviews.</summary>
public static class ReviewPolicy
{
    public const string Read = "review.read";

    /// <summary>Planning sessions and editing their agenda.</summary>
    public const string Manage = "review.manage";

    /// <summary>Driving the screens from the presenter console and recording decisions.</summary>
    public const string Present = "review.present";

    /// <summary>A province's own people report progress on actions (which action is checked per record), not the national office.</summary>
    public const string ReportProgress = "review.progress";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Read),
        new AccessRule(Manage, [OpsRoles.Presenter, OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin]),
        new AccessRule(Present, [OpsRoles.Presenter, OpsRoles.Admin]),
        new AccessRule(ReportProgress, OpsRoles.ProvinceRoles));

    private static readonly string[] AnyAgencyRoles = [OpsRoles.Official, OpsRoles.Executive, OpsRoles.Admin];

    public static bool CanManage(Actor actor) => Rules.Admits(Manage, actor);

    public static bool CanPresent(Actor actor) => Rules.Admits(Present, actor);

    /// <summary>The agency whose actions this actor may report on; null for any agency's.</summary>
    public static int? ProgressAgencyOf(Actor actor) => actor.IsInAny(AnyAgencyRoles) ? null : actor.AgencyId ?? -1;

    public static bool CanReportProgress(Actor actor, int ownerAgencyId) =>
        Rules.Admits(ReportProgress, actor) && (actor.IsInAny(AnyAgencyRoles) || actor.AgencyId == ownerAgencyId);
}
