using System.Net;
using System.Text.Json.Nodes;

namespace OpsCenter.Tests.Web.Catalog;

/// <summary>
/// ckanext-harvest's CKAN harvester, gather stage, as its ckanharvester.py sends it: GET
/// /api/3/action/package_search with rows=100, start=0, sort="id asc" and the fq terms joined by spaces (include
/// organizations as "organization:a OR organization:b", exclude as "-organization:a" each, and on a later run
/// "metadata_modified:[{last error-free gather - 1 hour, isoformat}Z TO *]"), paging by start += rows until a page is
/// empty, refusing a page identical to the previous one, dropping ids already seen.
/// </summary>
public sealed class CkanHarvester(HttpClient client)
{
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public int Requests { get; private set; }

    public async Task<IReadOnlyList<JsonObject>> GatherAsync(DateTime? lastErrorFreeGather = null)
    {
        var fqTerms = new List<string>();
        if (Include.Count > 0)
        {
            fqTerms.Add(string.Join(" OR ", Include.Select(o => $"organization:{o}")));
        }
        else if (Exclude.Count > 0)
        {
            fqTerms.AddRange(Exclude.Select(o => $"-organization:{o}"));
        }

        if (lastErrorFreeGather is { } last)
        {
            fqTerms.Add($"metadata_modified:[{last.AddHours(-1):yyyy-MM-dd'T'HH:mm:ss.ffffff}Z TO *]");
        }

        var parameters = new List<(string Key, string Value)> { ("rows", "100"), ("start", "0"), ("sort", "id asc") };
        if (fqTerms.Count > 0)
        {
            parameters.Add(("fq", string.Join(' ', fqTerms)));
        }

        var packages = new List<JsonObject>();
        var seen = new HashSet<string>();
        string? previous = null;
        while (true)
        {
            var url = "/api/3/action/package_search?" + string.Join('&', parameters.Select(p => $"{p.Key}={QuotePlus(p.Value)}"));
            var response = await client.GetAsync(url);
            Requests++;
            var content = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Unable to get content for URL: {url}: {(int)response.StatusCode} {content}");
            }

            if (content == previous)
            {
                throw new InvalidOperationException($"The paging doesn't seem to work. URL: {url}");
            }

            previous = content;
            var page = JsonNode.Parse(content)!["result"]!["results"]!.AsArray().Select(p => p!.AsObject()).ToList();
            var fresh = page.Where(p => seen.Add(p["id"]!.GetValue<string>())).ToList();
            packages.AddRange(fresh);
            if (fresh.Count == 0)
            {
                return packages;
            }

            var start = int.Parse(parameters[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 100;
            parameters[1] = ("start", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Python's urllib.parse.quote_plus, which urlencode applies.</summary>
    private static string QuotePlus(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
