using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// Hostile requests generated from the app's own OpenAPI document: every documented operation, each of its declared
/// parameters in turn given values that break its declared type (numbers past their range, dates at the edge of
/// DateTime, NUL and lone surrogates in text), and each property of its JSON body likewise — so the suite speaks the
/// names a partner's generated client would send, not only the names the route table guesses.
/// </summary>
public static class OpenApiHostileRequests
{
    private static readonly string[] Integers = ["-1", "0", "2147483648", "-9223372036854775809", "99999999999999999999", "abc", "1.5", "%00", ""];
    private static readonly string[] Numbers = ["NaN", "Infinity", "1e309", "-1e309", "x", "%00"];
    private static readonly string[] Booleans = ["maybe", "2", "%00"];
    private static readonly string[] Dates = ["0001-01-01", "9999-12-31T23:59:59Z", "2026-13-45", "-1", "%00"];
    private static readonly string[] Texts = ["%00", "a%00b", "%ED%A0%80", "%FF%FE", "[", "%22unclosed", "*", new string('z', 5000)];

    private static readonly JsonNode?[] BodyTexts = [JsonValue.Create("\u0000"), JsonValue.Create("a\u0000b"), JsonValue.Create(new string('ก', 20_000)), JsonValue.Create(12), new JsonArray(), null];
    private static readonly JsonNode?[] BodyNumbers = [JsonValue.Create("north"), JsonValue.Create(-1), JsonValue.Create(9_223_372_036_854_775_807L), new JsonObject(), null];

    public static IEnumerable<HostileRequest> From(JsonDocument document)
    {
        var root = document.RootElement;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete"))
            {
                foreach (var request in ForOperation(root, path.Name, operation.Name.ToUpperInvariant(), operation.Value))
                {
                    yield return request;
                }
            }
        }
    }

    private static IEnumerable<HostileRequest> ForOperation(JsonElement root, string template, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        var body = JsonBodyProperties(root, operation);
        var benignBody = body is null ? null : Encoding.UTF8.GetBytes(new JsonObject(body.Select(p => KeyValuePair.Create(p.Name, Benign(p.Schema)))).ToJsonString());
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var where = parameter.GetProperty("in").GetString();
            var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
            // A NUL in the path never reaches the app: the server's URL decoder refuses it with 400 first.
            foreach (var value in HostileValues(schema).Where(v => where != "path" || !v.Contains("%00", StringComparison.Ordinal)))
            {
                var path = Fill(template, parameters, where == "path" ? name : null, value);
                var query = where == "query" ? $"?{name}={value}" : "";
                yield return new HostileRequest(method, path + query, benignBody, benignBody is null ? null : "application/json", $"openapi {where} {name}={Short(value)}");
            }
        }

        foreach (var (property, schema) in body ?? [])
        {
            foreach (var value in TypeOf(schema) is "integer" or "number" ? BodyNumbers : BodyTexts)
            {
                var json = new JsonObject(body!.Select(p => KeyValuePair.Create(p.Name, p.Name == property ? value?.DeepClone() : Benign(p.Schema))));
                yield return new HostileRequest(method, Fill(template, parameters, null, ""), Encoding.UTF8.GetBytes(json.ToJsonString()), "application/json",
                    $"openapi body {property}={Short(value?.ToJsonString() ?? "null")}");
            }
        }
    }

    private static IReadOnlyList<(string Name, JsonElement Schema)>? JsonBodyProperties(JsonElement root, JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)
            || !content.TryGetProperty("application/json", out var json) || !json.TryGetProperty("schema", out var schema))
        {
            return null;
        }

        schema = Resolve(root, schema);
        return schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, Resolve(root, p.Value))).ToList()
            : null;
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } r && r.StartsWith("#/components/schemas/", StringComparison.Ordinal))
        {
            return root.GetProperty("components").GetProperty("schemas").GetProperty(r["#/components/schemas/".Length..]);
        }

        return schema;
    }

    private static string[] HostileValues(JsonElement schema) => (TypeOf(schema), Format(schema)) switch
    {
        ("integer", _) => Integers,
        ("number", _) => Numbers,
        ("boolean", _) => Booleans,
        (_, "date-time" or "date") => Dates,
        _ => Texts,
    };

    /// <summary>A value that passes, so that only the one hostile value is tested.</summary>
    private static JsonNode? Benign(JsonElement schema) => TypeOf(schema) switch
    {
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(false),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => JsonValue.Create("ทดสอบ"),
    };

    /// <summary>The first non-null type ("type": ["null", "integer", "string"] reads as integer).</summary>
    private static string? TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    /// <summary>The path with the one hostile path value, and benign values for the others (a number, "json" for a format).</summary>
    private static string Fill(string template, List<JsonElement> parameters, string? hostileName, string hostileValue)
    {
        var path = template;
        foreach (var parameter in parameters.Where(p => p.GetProperty("in").GetString() == "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var benign = name == "format" ? "json" : TypeOf(parameter.TryGetProperty("schema", out var s) ? s : default) == "integer" ? "1" : "19";
            path = path.Replace("{" + name + "}", name == hostileName ? (hostileValue.Length == 0 ? "%20" : hostileValue) : benign, StringComparison.Ordinal);
        }

        return path;
    }

    private static string Short(string value) => value.Length > 24 ? value[..24] + $"…({value.Length})" : value;
}
