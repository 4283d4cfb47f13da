using OpsCenter.Domain.Identity;

namespace OpsCenter.Domain.Catalog;

/// <summary>Who is asking: their roles and agency; anonymous visitors have neither.</summary>
public sealed record CatalogViewer(IReadOnlySet<string> Roles, int? AgencyId)
{
    public static readonly CatalogViewer Anonymous = new(new HashSet<string>(), null);

    public bool Is(string role) => Roles.Contains(role);

    public static CatalogViewer From(System.Security.Claims.ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? new CatalogViewer(OpsRoles.All.Where(user.IsInRole).ToHashSet(), OpsClaims.AgencyOf(user))
            : Anonymous;
}

/// <summary>
/// Need-to-know for data content (previews and downloads); the metadata itself is public, as in the GD Catalog.
/// Personal data (PDPA) is seen only inside the owning agency; security data by its data stewards and the executives;
/// secret data only by the owning agency's data stewards. Administrators run the system, they do not read the data.
/// </summary>
public static class DatasetAccess
{
    public static bool CanSeeContent(DataClassification classification, int ownerAgencyId, CatalogViewer viewer)
    {
        var ownAgency = viewer.AgencyId == ownerAgencyId;
        return classification switch
        {
            DataClassification.Public => true,
            DataClassification.Personal => ownAgency && viewer.Roles.Count > 0,
            DataClassification.Security => (ownAgency && viewer.Is(OpsRoles.DataSteward)) || viewer.Is(OpsRoles.Executive),
            DataClassification.Secret => ownAgency && viewer.Is(OpsRoles.DataSteward),
            _ => false,
        };
    }

    /// <summary>New versions come from the owning agency's data stewards (or an administrator acting for them).</summary>
    public static bool CanUpload(int ownerAgencyId, CatalogViewer viewer) =>
        (viewer.Is(OpsRoles.DataSteward) && viewer.AgencyId == ownerAgencyId) || viewer.Is(OpsRoles.Admin);

    public static bool CanImport(CatalogViewer viewer) => viewer.Is(OpsRoles.DataSteward) || viewer.Is(OpsRoles.Admin);
}
