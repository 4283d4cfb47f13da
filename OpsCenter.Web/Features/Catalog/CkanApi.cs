using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Persistence;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>
/// A read-only CKAN Action API (v3) over the catalog, so GD-Catalog harvesters and CKAN clients can pull it:
/// package_list, package_show, package_search, organization_list, organization_show, in CKAN's envelope and error shapes.
/// </summary>
public static class CkanApi
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IEndpointRouteBuilder MapCkanApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/api/3/action/{action}", ["GET", "POST"], HandleAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapMethods("/api/action/{action}", ["GET", "POST"], HandleAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(string action, HttpContext http, CatalogQuery catalog, CurrentProvince currentProvince, IDbContextFactory<OpsDbContext> dbFactory, CancellationToken ct)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var help = $"{baseUrl}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentLength > 0 && !Operations.RequestGuards.IsJson(http.Request) && !http.Request.HasFormContentType)
        {
            return Error(help, 415, "Unsupported Media Type", new JsonObject { ["message"] = "Bad request - send the parameters as a JSON object (application/json) or a form" });
        }

        CkanParameters parameters;
        try
        {
            parameters = await CkanParameters.ReadAsync(http.Request, ct);
        }
        catch (JsonException)
        {
            return Error(help, 400, "Bad Request", new JsonObject { ["message"] = "Bad request - JSON Error: could not parse the request body" });
        }

        // One province's catalog per request, as each province publishes its own: ?province= (DOPA code) or, without
        // it, the caller's province (the installation's default for harvesters that do not sign in).
        var province = parameters.Text("province") ?? await currentProvince.CodeForAsync(http.User, ct);
        if (!await catalog.HasProvinceAsync(province, ct))
        {
            return ValidationError(help, "province", "No such province in this catalog");
        }

        var entries = await catalog.EntriesAsync(province, ct);
        var now = catalog.Now;
        return action switch
        {
            "package_list" => PackageList(help, parameters, entries),
            "package_show" => PackageShow(help, parameters, entries, baseUrl, now),
            "package_search" => PackageSearch(help, parameters, entries, baseUrl, now),
            "organization_list" => await OrganizationListAsync(help, parameters, entries, dbFactory, baseUrl, ct),
            "organization_show" => await OrganizationShowAsync(help, parameters, entries, province, dbFactory, baseUrl, now, ct),
            _ => Error(help, 400, "Bad Request", new JsonObject { ["message"] = $"Bad request - Action name not known: {action}" }),
        };
    }

    private static IResult PackageList(string help, CkanParameters p, IReadOnlyList<CatalogEntry> entries)
    {
        if (p.Natural("limit", out var limit, int.MaxValue) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return ValidationError(help, p.LastField, p.LastProblem);
        }

        var names = entries.Select(e => e.Dataset.Slug).Order(StringComparer.Ordinal).Skip(offset).Take(limit);
        return Success(help, new JsonArray(names.Select(n => (JsonNode)n!).ToArray()));
    }

    private static IResult PackageShow(string help, CkanParameters p, IReadOnlyList<CatalogEntry> entries, string baseUrl, DateTime now)
    {
        if (p.Text("id") is not { } id)
        {
            return ValidationError(help, "id", "Missing value");
        }

        var entry = entries.FirstOrDefault(e => e.Dataset.Slug == id || CkanIds.Package(e.Dataset.Slug) == id);
        return entry is null ? NotFound(help) : Success(help, CkanPackages.Package(entry, baseUrl, now));
    }

    private static IResult PackageSearch(string help, CkanParameters p, IReadOnlyList<CatalogEntry> entries, string baseUrl, DateTime now)
    {
        if (p.Natural("rows", out var rows, 10) is not null || p.Natural("start", out var start, 0) is not null)
        {
            return ValidationError(help, p.LastField, p.LastProblem);
        }

        if (CkanSearch.SortProblem(p.Text("sort")) is { } sortProblem)
        {
            return ValidationError(help, "sort", sortProblem);
        }

        foreach (var key in new[] { "q", "fq" })
        {
            if (p.Text(key)?.Length > CkanSearch.MaxExpressionLength)
            {
                return ValidationError(help, key, $"Must be at most {CkanSearch.MaxExpressionLength} characters long");
            }
        }

        if (p.ListProblem("facet.field") is { } facetProblem)
        {
            return ValidationError(help, "facet.field", facetProblem);
        }

        var packages = entries.Select(e => CkanPackages.Package(e, baseUrl, now));
        var result = CkanSearch.Search(packages, new CkanSearchQuery(p.Text("q"), p.Text("fq"), Math.Min(rows, 1000), start, p.Text("sort")));
        var requestedFacets = p.List("facet.field");
        var facets = new JsonObject();
        foreach (var field in requestedFacets.Where(f => result.SearchFacets.ContainsKey(f)))
        {
            facets[field] = result.SearchFacets[field]!.DeepClone();
        }

        return Success(help, new JsonObject
        {
            ["count"] = result.Count,
            ["sort"] = result.Sort,
            ["facets"] = new JsonObject(),
            ["results"] = new JsonArray(result.Results.Select(r => (JsonNode)r).ToArray()),
            ["search_facets"] = facets,
        });
    }

    private static async Task<IResult> OrganizationListAsync(string help, CkanParameters p, IReadOnlyList<CatalogEntry> entries, IDbContextFactory<OpsDbContext> dbFactory, string baseUrl, CancellationToken ct)
    {
        if (p.Natural("limit", out var limit, 1000) is not null || p.Natural("offset", out var offset, 0) is not null)
        {
            return ValidationError(help, p.LastField, p.LastProblem);
        }

        var counts = entries.GroupBy(e => e.Owner.Id).ToDictionary(g => g.Key, g => g.Count());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owners = (await db.Set<Agency>().AsNoTracking().Where(a => counts.Keys.Contains(a.Id)).ToListAsync(ct))
            .OrderBy(a => CkanIds.OrganizationName(a.Code), StringComparer.Ordinal).Skip(offset).Take(limit).ToList();
        var result = p.Bool("all_fields")
            ? new JsonArray(owners.Select(a => (JsonNode)CkanPackages.Organization(a, counts[a.Id], baseUrl)).ToArray())
            : new JsonArray(owners.Select(a => (JsonNode)CkanIds.OrganizationName(a.Code)!).ToArray());
        return Success(help, result);
    }

    private static async Task<IResult> OrganizationShowAsync(string help, CkanParameters p, IReadOnlyList<CatalogEntry> entries, string province, IDbContextFactory<OpsDbContext> dbFactory, string baseUrl, DateTime now, CancellationToken ct)
    {
        if (p.Text("id") is not { } id)
        {
            return ValidationError(help, "id", "Missing value");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = (await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == province).ToListAsync(ct))
            .FirstOrDefault(a => CkanIds.OrganizationName(a.Code) == id || CkanIds.Organization(a.Code) == id);
        if (agency is null)
        {
            return NotFound(help);
        }

        var own = entries.Where(e => e.Owner.Id == agency.Id).ToList();
        var org = CkanPackages.Organization(agency, own.Count, baseUrl);
        if (p.Bool("include_datasets"))
        {
            org["packages"] = new JsonArray(own.Select(e => (JsonNode)CkanPackages.Package(e, baseUrl, now)).ToArray());
        }

        org["users"] = new JsonArray();
        org["extras"] = new JsonArray();
        return Success(help, org);
    }

    private static IResult Success(string help, JsonNode result) =>
        Respond(200, new JsonObject { ["help"] = help, ["success"] = true, ["result"] = result });

    private static IResult NotFound(string help) =>
        Error(help, 404, "Not Found Error", new JsonObject { ["message"] = "Not found" });

    private static IResult ValidationError(string help, string field, string problem) =>
        Error(help, 409, "Validation Error", new JsonObject { [field] = new JsonArray(problem) });

    private static IResult Error(string help, int status, string type, JsonObject error)
    {
        error["__type"] = type;
        return Respond(status, new JsonObject { ["help"] = help, ["success"] = false, ["error"] = error });
    }

    private static IResult Respond(int status, JsonObject body) =>
        Results.Content(body.ToJsonString(Json), "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>CKAN takes parameters from the query string on GET and from a JSON object on POST.</summary>
    private sealed class CkanParameters(Dictionary<string, JsonNode?> values)
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
    }
}
