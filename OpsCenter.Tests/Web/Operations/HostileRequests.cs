using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>One hostile request: method, path and query, body and its declared type.</summary>
public sealed record HostileRequest(string Method, string PathAndQuery, byte[]? Body, string? ContentType, string Name);

/// <summary>
/// Hostile requests for every mapped endpoint, generated from the app's own route table (so a new endpoint is covered
/// the day it is mapped): route values, query values and bodies that broke the app or could — NUL bytes, lone
/// surrogates, dates at the edge of DateTime, huge numbers, a megabyte of text, malformed and duplicate-keyed JSON,
/// wrong and lying content types.
/// </summary>
public static class HostileRequests
{
    private static readonly string[] RouteValues =
    [
        // (A NUL in the path never reaches the app: the server's URL decoder refuses it with 400 first.)
        "%ED%A0%80", "%FF", "-1", "0", "99999999999999999999", "..%2F..%2Fetc%2Fpasswd", "%27%3B%20DROP%20TABLE%20x%3B--",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "SRB-AAAA-AAAA", "%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A", new string('a', 3000),
    ];

    private static readonly string[] QueryNames =
    [
        "q", "fq", "rows", "start", "sort", "facet.field", "facet.limit", "id", "province", "limit", "offset", "start_date", "end_date",
        "service_code", "service_request_id", "status", "page", "fy", "level", "measure", "sector", "district", "category", "key",
        "area", "from", "to", "period", "redirect", "returnUrl", "format", "jurisdiction_id", "api_key", "include_private",
        "issue", "agency", "new", "screen", "slide", "number", "kind", "reason", "code", "year", "month", "state", "zoom", "lat", "long", "unlinked",
    ];

    private static readonly string[] QueryValues =
    [
        "%00", "a%00b", "%ED%A0%80", "%FF%FE", "0001-01-01", "9999-12-31T23:59:59Z", "-2147483649", "1e309", "[", "{\"a\":",
        "NaN", "%2A%3A%2A", "*", "id+asc", "x%20TO%20*%5D", "%22unclosed", new string('z', 5000), "true", "",
    ];

    private static readonly (string Name, string? ContentType, byte[] Body)[] Bodies =
    [
        ("invalid JSON", "application/json", "{\"q\":"u8.ToArray()),
        ("duplicate keys", "application/json", "{\"q\":\"a\",\"q\":\"b\"}"u8.ToArray()),
        ("NUL in a string", "application/json", "{\"q\":\"a\\u0000b\",\"title\":\"\\u0000\",\"description\":\"x\\u0000\"}"u8.ToArray()),
        ("lone surrogate", "application/json", "{\"q\":\"\\udc00\",\"title\":\"\\ud800x\"}"u8.ToArray()),
        ("invalid UTF-8", "application/json", [(byte)'{', (byte)'"', (byte)'q', (byte)'"', (byte)':', (byte)'"', 0xFF, 0xFE, 0xC0, (byte)'"', (byte)'}']),
        ("array not object", "application/json", "[1,2,3]"u8.ToArray()),
        ("wrong types", "application/json", "{\"lat\":\"north\",\"long\":[],\"year\":\"x\",\"month\":{},\"value\":null,\"title\":5}"u8.ToArray()),
        ("huge numbers", "application/json", "{\"lat\":1e400,\"long\":-1e400,\"year\":99999999999999999999,\"amount\":1e308}"u8.ToArray()),
        ("deep nesting", "application/json", Encoding.ASCII.GetBytes(new string('[', 5000) + new string(']', 5000))),
        ("a megabyte of text", "application/json", Encoding.UTF8.GetBytes("{\"q\":\"" + new string('ก', 350_000) + "\"}")),
        ("jsonx", "application/jsonx", "{\"q\":\"a\"}"u8.ToArray()),
        ("text/plain", "text/plain", "hello"u8.ToArray()),
        ("form with NUL", "application/x-www-form-urlencoded", "q=a%00b&description=%00&service_code=%00"u8.ToArray()),
        ("broken multipart", "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nx"u8.ToArray()),
        ("no type", null, "{\"q\":\"a\"}"u8.ToArray()),
        ("6-byte JPEG", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]),
    ];

    /// <summary>Route templates with their methods: every endpoint the app maps, static files and Blazor's own excluded.</summary>
    public static IReadOnlyList<(string Method, string Template)> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"], Template: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => !e.Template.StartsWith("/_", StringComparison.Ordinal) && !e.Template.Contains("{*", StringComparison.Ordinal) && !IsStaticFile(e.Template))
            .SelectMany(e => e.Methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE").Select(m => (Method: m, e.Template)))
            .Distinct().OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();

    private static bool IsStaticFile(string template)
    {
        if (template.StartsWith("/api", StringComparison.Ordinal) || template.StartsWith("/open311", StringComparison.Ordinal))
        {
            return false;
        }

        var dot = template.LastIndexOf('.');
        return dot >= 0 && template.IndexOf('{', dot) < 0;
    }

    /// <summary>The requests for one endpoint: each hostile route value, query value and (for writes) body, in turn.</summary>
    public static IEnumerable<HostileRequest> For(string method, string template, int seed)
    {
        var random = new Random(seed);
        string Path(string value) => Fill(template, value);
        foreach (var value in template.Contains('{', StringComparison.Ordinal) ? RouteValues : [])
        {
            yield return new HostileRequest(method, Path(value), method == "GET" ? null : "{}"u8.ToArray(), method == "GET" ? null : "application/json", $"route {Short(value)}");
        }

        var normal = Path("19");
        foreach (var value in QueryValues)
        {
            var name = QueryNames[random.Next(QueryNames.Length)];
            yield return new HostileRequest(method, $"{normal}?{name}={value}&{QueryNames[random.Next(QueryNames.Length)]}={value}", null, null, $"query {name}={Short(value)}");
        }

        if (method != "GET")
        {
            foreach (var (name, type, body) in Bodies)
            {
                yield return new HostileRequest(method, normal, body, type, name);
            }
        }
    }

    private static string Fill(string template, string value)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var end = template.IndexOf('}', i);
                var parameter = template[(i + 1)..end];
                // A parameter constrained to numbers gets a number that points nowhere, or the route would not match.
                builder.Append(parameter.Contains(":int", StringComparison.Ordinal) || parameter.Contains(":long", StringComparison.Ordinal)
                    ? (value == "-1" ? "-1" : "2147483647")
                    : value);
                i = end + 1;
            }
            else
            {
                builder.Append(template[i++]);
            }
        }

        return builder.ToString();
    }

    private static string Short(string value) => value.Length > 24 ? value[..24] + $"…({value.Length})" : value;
}
