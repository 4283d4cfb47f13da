using Microsoft.AspNetCore.Mvc;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// Open311 GeoReport v2 under /open311/v2/, JSON and XML (by the file extension), with the spec's field names and
/// error format. Reading is public; posting needs a partner api_key and goes through the same intake as the web form.
/// </summary>
public static class Open311Api
{
    private const string Base = "/open311/v2";
    private const int MaxResults = 1000;
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Base).AllowAnonymous();
        group.MapGet("/discovery.{format}", Discovery);
        group.MapGet("/services.{format}", ServicesAsync);
        group.MapGet("/services/{code}.{format}", ServiceAsync);
        group.MapGet("/requests.{format}", RequestsAsync);
        group.MapGet("/requests/{id}.{format}", RequestAsync);
        group.MapPost("/requests.{format}", Open311Post.SubmitAsync).DisableAntiforgery();
        group.MapGet("/tokens/{token}.{format}", TokenAsync);

        // The open311 Python client asks for a service definition at service/{code} (singular); answer it rather than 404.
        group.MapGet("/service/{code}.{format}", ServiceAsync).ExcludeFromDescription();
        endpoints.Map("/open311/{**rest}", Open311Fallback.Answer).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Discovery(string format, HttpContext http)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        var root = $"{http.Request.Scheme}://{http.Request.Host}{Base}";
        return Open311Writer.Write(format, "discovery", new OrderedDictionary<string, object?>
        {
            ["changeset"] = "2026-11-21T00:00:00+07:00",
            ["contact"] = "ศูนย์ปฏิบัติการจังหวัด (สำนักงานจังหวัด) / Provincial Operations Center, Provincial Office",
            ["key_service"] = "ขอ api_key ได้ที่สำนักงานจังหวัด / Ask the provincial office for an api_key",
            ["endpoints"] = new List<object>
            {
                new OrderedDictionary<string, object?>
                {
                    ["specification"] = "http://wiki.open311.org/GeoReport_v2",
                    ["url"] = root,
                    ["changeset"] = "2026-11-21T00:00:00+07:00",
                    ["type"] = "production",
                    ["formats"] = new List<object> { "application/json", "text/xml" },
                },
            },
        });
    }

    private static async Task<IResult> ServicesAsync(string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, ReportReferenceData reference, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        if ((await Open311Jurisdiction.ResolveAsync(format, jurisdictionId, reference, ct)).Error is { } error)
        {
            return error;
        }

        var categories = await reference.CategoriesAsync(ct);
        return Open311Writer.Write(format, "services", categories.Values.OrderBy(c => c.Code, StringComparer.Ordinal).Select(Open311Requests.ToService).ToList());
    }

    private static async Task<IResult> ServiceAsync(string code, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, ReportReferenceData reference, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        if ((await Open311Jurisdiction.ResolveAsync(format, jurisdictionId, reference, ct)).Error is { } error)
        {
            return error;
        }

        var categories = await reference.CategoriesAsync(ct);
        return categories.TryGetValue(code, out var category)
            ? Open311Writer.Write(format, "service_definition", Open311Requests.Definition(category))
            : Open311Writer.Error(format, StatusCodes.Status404NotFound, $"service_code: ไม่พบบริการ {code} / No service with code {code}");
    }

    private static async Task<IResult> RequestAsync(string id, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, HttpContext http, Open311Reader reader, ReportReferenceData reference, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        var (province, error) = await Open311Jurisdiction.ResolveAsync(format, jurisdictionId, reference, ct);
        if (error is not null)
        {
            return error;
        }

        var requests = await reader.ByIdsAsync([id.Trim().ToUpperInvariant()], province, http, ct);
        return requests.Count == 0
            ? Open311Writer.Error(format, StatusCodes.Status404NotFound, $"service_request_id: ไม่พบเรื่อง {id} / No service request {id}")
            : Open311Writer.Write(format, "service_requests", requests);
    }

    private static async Task<IResult> RequestsAsync(
        string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, HttpContext http, Open311Reader reader, ReportReferenceData reference, TimeProvider time, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        var (province, jurisdictionError) = await Open311Jurisdiction.ResolveAsync(format, jurisdictionId, reference, ct);
        if (jurisdictionError is not null)
        {
            return jurisdictionError;
        }

        var query = http.Request.Query;
        if (query["service_request_id"] is { Count: > 0 } ids && !string.IsNullOrWhiteSpace(ids.ToString()))
        {
            var list = ids.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(MaxResults).Select(i => i.ToUpperInvariant()).ToList();
            return Open311Writer.Write(format, "service_requests", await reader.ByIdsAsync(list, province, http, ct));
        }

        var errors = new List<string>();
        var end = ParseDate(query["end_date"], "end_date", errors) ?? time.GetUtcNow().UtcDateTime;
        var start = ParseDate(query["start_date"], "start_date", errors) ?? end - DefaultWindow;
        var statuses = query["status"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            errors.Add("status: ต้องเป็น open หรือ closed / status must be open or closed");
        }

        if (start > end)
        {
            errors.Add("start_date: ต้องไม่หลัง end_date / start_date must not be after end_date");
        }

        if (errors.Count > 0)
        {
            return Open311Writer.Errors(format, StatusCodes.Status400BadRequest, errors);
        }

        var codes = query["service_code"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var requests = await reader.SearchAsync(start, end, codes, statuses, province, MaxResults, http, ct);
        return Open311Writer.Write(format, "service_requests", requests);
    }

    /// <summary>GET tokens/{token}: the service request a POST's token stands for, as [{"service_request_id", "token"}].</summary>
    private static async Task<IResult> TokenAsync(string token, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, Open311Reader reader, ReportReferenceData reference, CancellationToken ct)
    {
        if (!Open311Writer.IsKnownFormat(format))
        {
            return UnknownFormat();
        }

        var (province, error) = await Open311Jurisdiction.ResolveAsync(format, jurisdictionId, reference, ct);
        if (error is not null)
        {
            return error;
        }

        var trackingNumber = await reader.TrackingNumberForTokenAsync(token.Trim().ToUpperInvariant(), province, ct);
        return trackingNumber is null
            ? Open311Writer.Error(format, StatusCodes.Status404NotFound, $"token: ไม่พบโทเค็นนี้ในเรื่องที่รับภายใน {Open311Reader.TokenWindow.Days} วัน / No service request for this token in the last {Open311Reader.TokenWindow.Days} days")
            : Open311Writer.Write(format, "service_requests", new List<object>
            {
                new OrderedDictionary<string, object?> { ["service_request_id"] = trackingNumber, ["token"] = token.Trim().ToUpperInvariant() },
            });
    }

    private static DateTime? ParseDate(string? text, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Open311Requests.TryParseDate(text, out var utc))
        {
            return utc;
        }

        errors.Add($"{field}: ต้องเป็นวันเวลาแบบ W3C เช่น 2026-01-31T00:00:00+07:00 / {field} must be a W3C date-time such as 2026-01-31T00:00:00+07:00");
        return null;
    }

    internal static IResult UnknownFormat() =>
        Open311Writer.Error("json", StatusCodes.Status404NotFound, "format: รองรับ .json และ .xml / Only .json and .xml are served");
}
