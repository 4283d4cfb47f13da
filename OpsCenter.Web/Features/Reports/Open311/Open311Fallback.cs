using System.Text.RegularExpressions;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// Anything under /open311 that no endpoint serves still answers in the spec's error array, in the format the path asks
/// for: 405 (with Allow) for a known resource asked with the wrong method, else 404. Clients parse the body, not the status.
/// </summary>
public static partial class Open311Fallback
{
    public static IResult Answer(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var format = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "xml" : "json";
        var allowed = ReadOnly().IsMatch(path) ? "GET" : Requests().IsMatch(path) ? "GET, POST" : null;
        if (allowed is not null)
        {
            http.Response.Headers.Allow = allowed;
            return Open311Writer.Error(format, StatusCodes.Status405MethodNotAllowed,
                $"method: {http.Request.Method} ใช้กับที่อยู่นี้ไม่ได้ (ใช้ {allowed}) / {http.Request.Method} is not allowed here; use {allowed}");
        }

        return Open311Writer.Error(format, StatusCodes.Status404NotFound,
            "path: ไม่มีบริการนี้ ดูรายการที่ /open311/v2/discovery.json / No such Open311 resource; see /open311/v2/discovery.json");
    }

    [GeneratedRegex(@"^/open311/v2/(discovery|services|services/[^/]+|service/[^/]+|requests/[^/]+|tokens/[^/]+)\.(json|xml)$")]
    private static partial Regex ReadOnly();

    [GeneratedRegex(@"^/open311/v2/requests\.(json|xml)$")]
    private static partial Regex Requests();
}
