using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCenter.Web.Features.Reports.Open311;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Operations;

/// <summary>Which protocol a request speaks, so an error answers in that protocol's own shape.</summary>
public enum Protocol
{
    /// <summary>CKAN Action API: {"success": false, "error": {"__type": …, "message": …}}.</summary>
    Ckan,

    /// <summary>Open311 GeoReport v2: [{"code": …, "description": …}] in JSON or XML.</summary>
    Open311,

    /// <summary>Our JSON APIs: RFC 9457 problem+json.</summary>
    Api,

    /// <summary>People: a Thai (then English) page that needs no database.</summary>
    Page,
}

/// <summary>Writes an error in the shape of the request's protocol; used by the error policy and the request guards.</summary>
public static class ProtocolErrors
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Protocol Of(PathString path)
    {
        if (path.StartsWithSegments("/api/3/action") || path.StartsWithSegments("/api/action"))
        {
            return Protocol.Ckan;
        }

        if (path.StartsWithSegments("/open311"))
        {
            return Protocol.Open311;
        }

        return path.StartsWithSegments("/api") || path.StartsWithSegments("/media") || path.StartsWithSegments("/healthz")
               || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/_blazor")
            ? Protocol.Api
            : Protocol.Page;
    }

    /// <summary>Writes the error; <paramref name="field"/> names the offending input where there is one (the message names it too).</summary>
    public static Task WriteAsync(HttpContext context, int status, string thai, string english, string? field = null, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var message = ApiProblems.Message(thai, english);
        switch (Of(context.Request.Path))
        {
            case Protocol.Ckan:
                return WriteCkanAsync(context, status, message, field);
            case Protocol.Open311:
                var format = context.Request.Path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true ? "xml" : "json";
                return Open311Writer.Error(format, status, message).ExecuteAsync(context);
            case Protocol.Api:
                return field is null
                    ? TypedResults.Problem(statusCode: status, title: message).ExecuteAsync(context)
                    : TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                    {
                        Status = status,
                        Title = message,
                    }).ExecuteAsync(context);
            default:
                return WritePageAsync(context, status, thai, english, field);
        }
    }

    private static Task WriteCkanAsync(HttpContext context, int status, string message, string? field)
    {
        var request = context.Request;
        var action = request.Path.Value?.Split('/').LastOrDefault() ?? "";
        var help = $"{request.Scheme}://{request.Host}{request.PathBase}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";
        var error = new JsonObject
        {
            ["__type"] = status switch
            {
                400 => "Bad Request",
                404 => "Not Found Error",
                409 => "Validation Error",
                413 => "Request Entity Too Large",
                503 => "Service Unavailable",
                _ => "Internal Server Error",
            },
            ["message"] = message,
        };
        if (field is not null)
        {
            error[field] = new JsonArray(message);
        }

        var body = new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(Json), Encoding.UTF8);
    }

    private static Task WritePageAsync(HttpContext context, int status, string thai, string english, string? field)
    {
        var detail = field is null ? "" : $"<p>ช่องที่มีปัญหา / Field: <code>{WebUtility.HtmlEncode(field)}</code></p>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{status} · OpsCenter</title></head>
            <body style="font-family: Sarabun, 'Noto Sans Thai', Loma, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
            <h1 data-testid="error-title">{WebUtility.HtmlEncode(thai)}</h1>
            <p lang="en">{WebUtility.HtmlEncode(english)}</p>
            {detail}
            <p><a href="/">กลับหน้าแรก / Home</a></p>
            </body></html>
            """;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, Encoding.UTF8);
    }
}
