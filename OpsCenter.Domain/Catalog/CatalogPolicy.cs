using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog;

/// <summary>
/// The catalog's metadata is public, as in the GD Catalog; need-to-know for content (previews and downloads) follows the
/// installation's one rule, <see cref="DataClearance"/>. Data stewards and administrators import and publish.
/// </summary>
public static class CatalogPolicy
{
    /// <summary>The steward's pages: gaps and scorecards.</summary>
    public const string Read = "catalog.read";

    public const string Import = "catalog.import";

    /// <summary>Editing a dataset and uploading its versions; which dataset is checked per record.</summary>
    public const string Edit = "catalog.edit";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Read),
        new AccessRule(Import, [OpsRoles.DataSteward, OpsRoles.Admin]),
        new AccessRule(Edit, [OpsRoles.DataSteward, OpsRoles.Admin]));

    public static bool CanSeeContent(Dataset dataset, Actor viewer) =>
        DataClearance.CanSee(dataset.Classification, viewer, dataset.ProvinceCode, dataset.OwnerAgencyId);

    /// <summary>New versions come from the owning agency's data stewards (or an administrator acting for them).</summary>
    public static bool CanUpload(int ownerAgencyId, Actor viewer) =>
        Rules.Admits(Edit, viewer) && (viewer.IsIn(OpsRoles.Admin) || viewer.AgencyId == ownerAgencyId);

    public static bool CanImport(Actor viewer) => Rules.Admits(Import, viewer);
}
