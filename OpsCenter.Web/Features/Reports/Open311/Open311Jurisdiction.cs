using OpsCenter.Domain.Reports;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// jurisdiction_id is a province's DOPA code ("19"): this server serves several provinces. Absent or empty (the Python
/// client always sends it, empty when unconfigured) means every province the server serves.
/// </summary>
public static class Open311Jurisdiction
{
    public static async Task<(string? Province, IResult? Error)> ResolveAsync(string format, string? jurisdictionId, ReportReferenceData reference, CancellationToken ct)
    {
        var id = jurisdictionId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return (null, null);
        }

        var served = (await reference.ProvinceCodesAsync(ct)).Order(StringComparer.Ordinal).ToList();
        return served.Contains(id)
            ? (id, null)
            : (null, Open311Writer.Error(format, StatusCodes.Status404NotFound,
                $"jurisdiction_id: ไม่มีเขตนี้ (มี {string.Join(", ", served)}) / No jurisdiction {id}; this server serves {string.Join(", ", served)}"));
    }
}
