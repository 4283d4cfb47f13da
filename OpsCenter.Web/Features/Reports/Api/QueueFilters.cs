using System.Globalization;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>The queue's filter as query-string parameters, shared by the page's URL and the CSV export.</summary>
public static class QueueFilters
{
    public static QueueFilter FromQuery(IQueryCollection query, string provinceCode) => new()
    {
        ProvinceCode = provinceCode,
        AgencyId = int.TryParse(query["agency"], CultureInfo.InvariantCulture, out var agency) ? agency : null,
        AreaCode = Domain.Areas.AreaCodes.Normalize(query["area"]),
        CategoryCode = string.IsNullOrWhiteSpace(query["category"]) ? null : query["category"].ToString(),
        Status = Enum.TryParse<ReportStatus>(query["status"], ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
        OpenOnly = query["open"] == "1",
        OverdueOnly = query["overdue"] == "1",
        Search = string.IsNullOrWhiteSpace(query["q"]) ? null : query["q"].ToString(),
    };

    public static string ToQuery(QueueFilter filter)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("agency", filter.AgencyId?.ToString(CultureInfo.InvariantCulture));
        Add("area", filter.AreaCode);
        Add("category", filter.CategoryCode);
        Add("status", filter.Status?.ToString());
        Add("open", filter.OpenOnly ? "1" : null);
        Add("overdue", filter.OverdueOnly ? "1" : null);
        Add("q", filter.Search);
        return string.Join('&', parts);
    }
}
