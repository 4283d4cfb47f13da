using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace OpsCenter.Web.Features.Reports.Open311;

/// <summary>
/// GeoReport v2 documents are ordered name/value trees; this writes one as JSON or as the spec's XML, where a list
/// becomes repeated elements named in the singular (endpoints → endpoint).
/// </summary>
public static class Open311Writer
{
    private static readonly Dictionary<string, string> Singular = new()
    {
        ["endpoints"] = "endpoint", ["formats"] = "format", ["attributes"] = "attribute", ["values"] = "value",
        ["services"] = "service", ["service_requests"] = "request", ["errors"] = "error",
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static bool IsKnownFormat(string format) => format is "json" or "xml";

    public static IResult Write(string format, string rootName, object document, int status = StatusCodes.Status200OK) =>
        format == "xml"
            ? TypedResults.Content("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + ToXml(rootName, document).ToString(SaveOptions.DisableFormatting),
                "text/xml; charset=utf-8", statusCode: status)
            : TypedResults.Content(JsonSerializer.Serialize(document, Json), "application/json; charset=utf-8", statusCode: status);

    /// <summary>The spec's error answer: [{"code": 400, "description": "..."}], with the same HTTP status.</summary>
    public static IResult Errors(string format, int status, IEnumerable<string> descriptions) =>
        Write(format is "xml" ? "xml" : "json", "errors",
            descriptions.Select(d => new OrderedDictionary<string, object?> { ["code"] = status, ["description"] = d }).ToList(), status);

    public static IResult Error(string format, int status, string description) => Errors(format, status, [description]);

    private static XElement ToXml(string name, object? value) => value switch
    {
        OrderedDictionary<string, object?> map => new XElement(name, map.Select(kv => ToXml(kv.Key, kv.Value))),
        System.Collections.IEnumerable list when value is not string =>
            new XElement(name, list.Cast<object?>().Select(item => ToXml(Singular.GetValueOrDefault(name, "item"), item))),
        null => new XElement(name),
        bool b => new XElement(name, b ? "true" : "false"),
        IFormattable f => new XElement(name, f.ToString(null, CultureInfo.InvariantCulture)),
        _ => new XElement(name, value.ToString()),
    };

    /// <summary>W3C date-time in Thai local time, as the spec's examples use a local offset: 2026-11-21T22:57:27+07:00.</summary>
    public static string? W3c(DateTime? utc) => utc is { } value
        ? new DateTimeOffset(Domain.Common.ThaiCalendar.ToBangkok(value).Ticks, Domain.Common.ThaiCalendar.BangkokOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : null;
}
