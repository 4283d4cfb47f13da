using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog;

/// <summary>
/// Need-to-know for data content (previews and downloads) follows the installation's one rule,
/// <see cref="DataClearance"/>; the metadata itself is public, as in the GD Catalog.
/// </summary>
public static class DatasetAccess
{
    public static bool CanSeeContent(Dataset dataset, Viewer viewer) =>
        DataClearance.CanSee(dataset.Classification, viewer, dataset.ProvinceCode, dataset.OwnerAgencyId);

    /// <summary>New versions come from the owning agency's data stewards (or an administrator acting for them).</summary>
    public static bool CanUpload(int ownerAgencyId, Viewer viewer) =>
        (viewer.Is(OpsRoles.DataSteward) && viewer.AgencyId == ownerAgencyId) || viewer.Is(OpsRoles.Admin);

    public static bool CanImport(Viewer viewer) => viewer.Is(OpsRoles.DataSteward) || viewer.Is(OpsRoles.Admin);
}
