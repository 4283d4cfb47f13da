using OpsCenter.Domain.Maps;

namespace OpsCenter.Web.Features.Maps;

/// <summary>
/// Map URLs: the district in the path, the focused subdistrict and the filters in the query (/map/1902?subdistrict=190203),
/// defaults left out so links stay short.
/// </summary>
public static class MapLinks
{
    public static string For(string? districtCode, MapFilter filter, string? layer, string? subdistrictCode = null)
    {
        var query = new List<string>();
        if (districtCode is not null && subdistrictCode is not null)
        {
            query.Add("subdistrict=" + Uri.EscapeDataString(subdistrictCode));
        }

        if (filter.Metric != MapMetric.ReportsPerThousand)
        {
            query.Add("metric=" + MapFilter.CodeOf(filter.Metric));
        }

        if (filter.Category is { } category)
        {
            query.Add("category=" + Uri.EscapeDataString(category));
        }

        if (filter.Period != MapFilter.DefaultPeriod)
        {
            query.Add("period=" + filter.Period);
        }

        if (filter.State != MapReportState.All)
        {
            query.Add("state=" + MapFilter.CodeOf(filter.State));
        }

        if (layer is "points" or "none")
        {
            query.Add("layer=" + layer);
        }

        var path = districtCode is null ? "/map" : "/map/" + districtCode;
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
