using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// CKAN's private datasets are our classified ones: listed only when asked for (include_private) and only to callers
/// cleared for the data, so an anonymous harvester never sees or copies them.
/// </summary>
public static class CkanVisibility
{
    public static bool CanSee(CatalogEntry entry, Actor viewer) =>
        !entry.IsPrivate || CatalogPolicy.CanSeeContent(entry.Dataset, viewer);

    public static IEnumerable<CatalogEntry> Listed(IEnumerable<CatalogEntry> entries, Actor viewer, bool includePrivate) =>
        entries.Where(e => !e.IsPrivate || (includePrivate && CanSee(e, viewer)));
}
