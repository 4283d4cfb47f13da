using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

/// <summary>Who may read, import and change budget data; the pages, the APIs and the services ask the same rules.</summary>
public static class BudgetPolicy
{
    public const string Read = "budget.read";
    public const string Import = "budget.import";
    public const string Edit = "budget.edit";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Read),
        new AccessRule(Import, [OpsRoles.Official, OpsRoles.Admin, OpsRoles.DataSteward]),
        new AccessRule(Edit, OpsRoles.ProvinceRoles));

    /// <summary>Province staff edit every project of their province; agency staff only their own agency's.</summary>
    public static bool CanEdit(Actor actor, string projectProvince, int ownerAgencyId) =>
        Rules.Admits(Edit, actor) && actor.ProvinceCode == projectProvince &&
        (actor.IsIn(OpsRoles.Official) || actor.IsIn(OpsRoles.Admin) || (actor.IsIn(OpsRoles.AgencyStaff) && actor.AgencyId == ownerAgencyId));

    public static bool CanImport(Actor actor) => Rules.Admits(Import, actor);
}
