using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>Dresses the reports <see cref="Open311Query"/> finds as service requests, as the caller (partner or anonymous) may see them.</summary>
public sealed class Open311Reader(Open311Query query, ReportReferenceData reference, ReportPhotos photos, Open311Partners partners)
{
    public static TimeSpan TokenWindow => Open311Query.TokenWindow;

    public async Task<List<OrderedDictionary<string, object?>>> ByIdsAsync(IReadOnlyList<string> trackingNumbers, string? province, HttpContext http, CancellationToken ct) =>
        await DressAsync(await query.ByTrackingNumbersAsync(trackingNumbers, province, ct), http, ct);

    public async Task<List<OrderedDictionary<string, object?>>> SearchAsync(
        DateTime start, DateTime end, string[] codes, string[] statuses, string? province, int max, HttpContext http, CancellationToken ct) =>
        await DressAsync(await query.SearchAsync(start, end, codes, statuses, province, max, ct), http, ct);

    public Task<string?> TrackingNumberForTokenAsync(string token, string? province, CancellationToken ct) =>
        query.TrackingNumberForTokenAsync(token, province, ct);

    private async Task<List<OrderedDictionary<string, object?>>> DressAsync(List<Open311Row> rows, HttpContext http, CancellationToken ct)
    {
        var viewer = await partners.FindAsync(http.Request.Query["api_key"], ct) is { } partner ? Actor.Partner(partner.ProvinceCode) : Actor.Anonymous;
        var categories = await reference.CategoriesAsync(ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var result = new List<OrderedDictionary<string, object?>>();
        foreach (var (report, photoId) in rows)
        {
            var media = ReportFieldClassification.CanSee(ReportField.Photo, viewer, report.ProvinceCode, report.OwnerAgencyId)
                        && photoId is { } id && report.Status != ReportStatus.Rejected
                ? origin + await photos.UrlAsync(id, ct)
                : report.ExternalPhotoUrl;
            result.Add(Open311Requests.ToRequest(report, await reference.ProvinceAsync(report.ProvinceCode, ct), categories.GetValueOrDefault(report.CategoryCode), media, viewer));
        }

        return result;
    }
}
