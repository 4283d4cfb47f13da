using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>CKAN takes parameters from the query string on GET and from a JSON object on POST.</summary>
public sealed class CkanParameters(Dictionary<string, JsonNode?> values)
{
    public string LastField { get; private set; } = "";

    public string LastProblem { get; private set; } = "";

    public static async Task<CkanParameters> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var values = request.Query.ToDictionary(q => q.Key, q => (JsonNode?)JsonValue.Create(q.Value.ToString()));
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(ct))
            {
                values[key] = JsonValue.Create(value.ToString());
            }
        }

        if (HttpMethods.IsPost(request.Method) && Operations.RequestGuards.IsJson(request))
        {
            var options = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 32 };
            if (await JsonNode.ParseAsync(request.Body, documentOptions: options, cancellationToken: ct) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    values[key] = value?.DeepClone();
                }
            }
        }

        return new CkanParameters(values);
    }

    public string? Text(string key) => values.GetValueOrDefault(key) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    /// <summary>The value as sent: a JSON object, list or scalar (a GET sends everything as text).</summary>
    public JsonNode? Node(string key) => values.GetValueOrDefault(key);

    public bool Has(string key) => values.ContainsKey(key);

    public bool Bool(string key) => Text(key)?.ToLowerInvariant() is "true" or "1" or "yes";

    /// <summary>Null when the value is absent, a list, or a JSON list in a string; else CKAN's complaint.</summary>
    public string? ListProblem(string key)
    {
        try
        {
            _ = List(key);
            return null;
        }
        catch (JsonException)
        {
            return "Invalid JSON list";
        }
    }

    public IReadOnlyList<string> List(string key) => values.GetValueOrDefault(key) switch
    {
        JsonArray a => a.Select(x => x?.ToString() ?? "").ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('[') =>
            (JsonNode.Parse(s) as JsonArray)?.Select(x => x?.ToString() ?? "").ToList() ?? [],
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>Null when the value is absent or a natural number; else the problem, as CKAN words it.</summary>
    public string? Natural(string key, out int value, int fallback)
    {
        value = fallback;
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            (LastField, LastProblem) = (key, "Invalid integer");
            return LastProblem;
        }

        if (parsed < 0)
        {
            (LastField, LastProblem) = (key, "Must be a natural number");
            return LastProblem;
        }

        value = parsed;
        return null;
    }

    /// <summary>Null when the value is absent or an integer (negative allowed, as for facet.limit); else the problem.</summary>
    public string? Integer(string key, out int value, int fallback)
    {
        value = fallback;
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            value = fallback;
            (LastField, LastProblem) = (key, "Invalid integer");
            return LastProblem;
        }

        return null;
    }
}
