using System.Security.Claims;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Budget;

/// <summary>Who may change what in the budget feature; the pages and the APIs ask the same questions.</summary>
public static class BudgetPermissions
{
    /// <summary>Roles that may edit any project of their province.</summary>
    public const string ProvinceEditors = $"{OpsRoles.Official},{OpsRoles.Admin}";

    /// <summary>Roles that may import project lists and indicators.</summary>
    public const string Importers = $"{OpsRoles.Official},{OpsRoles.Admin},{OpsRoles.DataSteward}";

    /// <summary>Roles that may triage citizen proposals into the plan.</summary>
    public const string Triagers = $"{OpsRoles.Official},{OpsRoles.Executive},{OpsRoles.Admin}";

    /// <summary>Province staff edit every project of their province; agency staff only their own agency's projects.</summary>
    public static bool CanEdit(ClaimsPrincipal user, string projectProvince, int ownerAgencyId)
    {
        if (OpsClaims.ProvinceOf(user) != projectProvince)
        {
            return false;
        }

        return user.IsInRole(OpsRoles.Official) || user.IsInRole(OpsRoles.Admin)
               || (user.IsInRole(OpsRoles.AgencyStaff) && OpsClaims.AgencyOf(user) == ownerAgencyId);
    }

    public static bool CanImport(ClaimsPrincipal user) => Importers.Split(',').Any(user.IsInRole);

    public static bool CanTriage(ClaimsPrincipal user) => Triagers.Split(',').Any(user.IsInRole);
}
