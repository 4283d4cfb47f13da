using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>The actions this catalog answers, by CKAN's names.</summary>
public static class CkanActions
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "status_show", "help_show", "package_list", "package_show", "package_search", "resource_show", "package_activity_list",
        "current_package_list_with_resources", "organization_list", "organization_show", "group_list", "group_show", "tag_list",
        "license_list", "datastore_search", "datastore_info",
    };

    public static async Task<IResult> RunAsync(CkanRequest r, CatalogQuery catalog, WarehouseReader warehouse, CancellationToken ct) => r.Action switch
    {
        "status_show" => CkanResponses.Success(r.Help, CkanHelp.Status(r.BaseUrl)),
        "help_show" => CkanHelp.Show(r),
        "package_list" => CkanPackageActions.List(r),
        "package_show" => CkanPackageActions.Show(r),
        "package_search" => CkanPackageActions.Search(r),
        "resource_show" => CkanPackageActions.ResourceShow(r),
        "package_activity_list" => CkanPackageActions.ActivityList(r),
        "current_package_list_with_resources" => CkanPackageActions.CurrentWithResources(r),
        "organization_list" => CkanDirectoryActions.OrganizationList(r),
        "organization_show" => await CkanDirectoryActions.OrganizationShowAsync(r, catalog, ct),
        "group_list" => CkanDirectoryActions.GroupList(r),
        "group_show" => CkanDirectoryActions.GroupShow(r),
        "tag_list" => CkanDirectoryActions.TagList(r),
        "datastore_search" => await CkanDatastoreActions.SearchAsync(r, warehouse, ct),
        "datastore_info" => await CkanDatastoreActions.InfoAsync(r, warehouse, ct),
        _ => CkanResponses.Success(r.Help, Domain.Catalog.Interop.CkanLicenses.List()),
    };
}
