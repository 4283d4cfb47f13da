using OpsCenter.Domain.Maps;

namespace OpsCenter.Web.Features.Maps;

/// <summary>Map URLs: the drill level in the path, filters in the query, defaults left out so links stay short.</summary>
public static class MapLinks
{
    public static string For(string? districtCode, MapFilter filter, string? layer)
    {
        var query = new List<string>();
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
