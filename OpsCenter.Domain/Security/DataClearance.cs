using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Security;

/// <summary>
/// Need-to-know, the same for catalog datasets, report fields and wall panels. Public data is for everyone. Anything
/// else stays inside its province and is for signed-in staff only: personal data (PDPA) for the owner's people;
/// security data for the owner's data stewards and the province's executives; secret data for the owner's data stewards.
/// Administrators run the system; the Admin role alone clears nobody to read data. Partner apps process personal data
/// of their own province under their agreement, nothing above it.
/// </summary>
public static class DataClearance
{
    /// <param name="ownerAgencyId">
    /// The owning agency, or null for data the province itself holds (the central complaint queue), whose people are the
    /// province's officials.
    /// </param>
    public static bool CanSee(DataClassification classification, Actor viewer, string ownerProvinceCode, int? ownerAgencyId)
    {
        if (classification == DataClassification.Public)
        {
            return true;
        }

        if (viewer.ProvinceCode is null || viewer.ProvinceCode != ownerProvinceCode)
        {
            return false;
        }

        if (viewer.Kind == ActorKind.Partner)
        {
            return classification == DataClassification.Personal;
        }

        if (viewer.Kind != ActorKind.Staff)
        {
            return false;
        }

        var insider = ownerAgencyId is { } agency ? viewer.AgencyId == agency : viewer.IsIn(OpsRoles.Official);
        return classification switch
        {
            DataClassification.Personal => insider && viewer.Roles.Any(r => r != OpsRoles.Admin),
            DataClassification.Security => (insider && viewer.IsIn(OpsRoles.DataSteward)) || viewer.IsIn(OpsRoles.Executive),
            DataClassification.Secret => insider && viewer.IsIn(OpsRoles.DataSteward),
            _ => false,
        };
    }
}
