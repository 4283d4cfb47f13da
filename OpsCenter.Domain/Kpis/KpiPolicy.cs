using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Kpis;

/// <summary>Signed-in people read the joint KPIs; their parts' owners (and administrators) report values.</summary>
public static class KpiPolicy
{
    public const string Read = "kpis.read";
    public const string Report = "kpis.report";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Read),
        new AccessRule(Report, [OpsRoles.Executive, OpsRoles.Official, OpsRoles.AgencyStaff, OpsRoles.Presenter, OpsRoles.Admin]));

    /// <summary>A part's value comes from its own agency's people, or an administrator acting for them.</summary>
    public static bool CanReportFor(Actor actor, int agencyId) =>
        Rules.Admits(Report, actor) && (actor.IsIn(OpsRoles.Admin) || actor.AgencyId == agencyId);
}
