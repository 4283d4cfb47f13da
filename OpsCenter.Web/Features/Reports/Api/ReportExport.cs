using System.Globalization;
using System.Security.Claims;
using System.Text;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports.Queries;
using OpsCenter.Domain.Reports;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Api;

/// <summary>
/// The queue as CSV for spreadsheets: what, where, who owns it, how late. No description, no reporter, nothing
/// personal: a file that leaves the system must be safe to forward. Column names are fixed for scripts; the values are
/// in the viewer's language.
/// </summary>
public static class ReportExport
{
    public static async Task WriteAsync(HttpContext http, ClaimsPrincipal user, ReportQueue queue, ReportReferenceData reference, TimeProvider time, IAuditLog audit, CancellationToken ct)
    {
        var actor = ActorClaims.ToStaffActor(user);
        if (actor is null)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var filter = QueueFilters.FromQuery(http.Request.Query, actor.Province);
        await audit.AppendAsync(actor.ForAudit, AuditActions.ReportsExported, "report_queue", actor.Province, actor.Province, http.Request.QueryString.Value, ct);
        var setup = await reference.ProvinceAsync(actor.Province, ct);
        var categories = await reference.CategoriesAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=reports-{now:yyyyMMdd}.csv";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("tracking_number,kind,category,status,channel,district,subdistrict,owner_agency,assigned_to,received_at,due_at,overdue,reporter_count");
        await foreach (var row in queue.AllAsync(actor, filter, ct))
        {
            var fields = new[]
            {
                row.TrackingNumber, T(ReportStatuses.KindThai(row.Kind), ReportStatuses.KindEnglish(row.Kind)),
                categories.GetValueOrDefault(row.CategoryCode) is { } c ? T(c.NameTh, c.NameEn) : row.CategoryCode,
                T(ReportStatuses.ThaiName(row.Status), ReportStatuses.EnglishName(row.Status)), T(ReportStatuses.ChannelThai(row.Channel), ReportStatuses.ChannelEnglish(row.Channel)),
                setup?.Area(row.DistrictCode) is { } d ? T(d.NameTh, d.NameEn) : "", setup?.Area(row.SubdistrictCode) is { } s ? T(s.NameTh, s.NameEn) : "",
                setup?.Agency(row.OwnerAgencyId) is { } a ? T(a.NameTh, a.NameEn) : "", row.AssignedUserName ?? "",
                Bangkok(row.ReceivedAt), row.DueAt is { } due ? Bangkok(due) : "",
                ReportSla.IsOverdue(row.Status, row.DueAt, now) ? T("เกินกำหนด", "yes") : T("ไม่เกิน", "no"), row.ReporterCount.ToString(CultureInfo.InvariantCulture),
            };
            await writer.WriteLineAsync(string.Join(',', fields.Select(Quote)));
        }
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static string Bangkok(DateTime utc) => Domain.Common.ThaiCalendar.ToBangkok(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Quotes where needed and defuses spreadsheet formulas (a cell starting with = + - @).</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
