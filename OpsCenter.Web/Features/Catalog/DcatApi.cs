using System.Globalization;
using Microsoft.Net.Http.Headers;
using OpsCenter.Domain.Catalog.Dcat;
using OpsCenter.Domain.Identity;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>
/// The catalog as DCAT-AP 3 in Turtle, RDF/XML and JSON-LD: /catalog.ttl|.rdf|.xml|.jsonld and /catalog/{slug}.ttl…,
/// or /catalog and /catalog/{slug} asked for with an RDF media type in Accept (the dataset IRIs dereference).
/// ?province= picks the province (else the caller's); ?page= pages by 100 with hydra links, as ckanext-dcat's harvester follows.
/// </summary>
public static class DcatApi
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.Ordinal)
    {
        ["ttl"] = "text/turtle", ["rdf"] = "application/rdf+xml", ["xml"] = "application/rdf+xml", ["jsonld"] = "application/ld+json",
    };

    public static IEndpointRouteBuilder MapDcatApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog.{format}", CatalogAsync).AllowAnonymous();
        endpoints.MapGet("/catalog/{slug}.{format}", DatasetAsync).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Before authorization: /catalog and /catalog/{slug} answer RDF to a client whose Accept prefers it to HTML.</summary>
    public static IApplicationBuilder UseDcatNegotiation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Every request passes here: only a GET of /catalog or /catalog/{slug} is looked at further.
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/catalog"))
        {
            await next(context);
            return;
        }

        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        if (segments is ["catalog"] or ["catalog", _] && !segments[^1].Contains('.', StringComparison.Ordinal)
            && PreferredFormat(context.Request) is { } format)
        {
            context.Response.Headers.Vary = "Accept";
            var services = context.RequestServices;
            var result = segments.Length == 1
                ? await CatalogAsync(format, context.Request.Query["province"], context.Request.Query["page"], context, services.GetRequiredService<DcatCatalogSource>(),
                    services.GetRequiredService<CurrentProvince>(), context.RequestAborted)
                : await DatasetAsync(segments[1], format, context, services.GetRequiredService<DcatCatalogSource>(), context.RequestAborted);
            await result.ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static async Task<IResult> CatalogAsync(string format, string? province, string? page, HttpContext http, DcatCatalogSource source, CurrentProvince currentProvince, CancellationToken ct)
    {
        if (!MediaTypes.ContainsKey(format))
        {
            return UnknownFormat();
        }

        int? pageNumber = null;
        if (page is not null)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return ApiProblems.Field("page", "ต้องเป็นจำนวนเต็มตั้งแต่ 1", "must be a whole number from 1");
            }

            pageNumber = number;
        }

        var code = province ?? await currentProvince.CodeForAsync(http.User, ct);
        var root = Root(http);
        var query = province is null ? "" : $"province={Uri.EscapeDataString(province)}&";
        var (graph, found) = await source.CatalogAsync(code, ActorClaims.ToActor(http.User), root, pageNumber, n => $"{root}/catalog.{format}?{query}page={n}", ct);
        if (graph.Triples.Count == 0)
        {
            return ApiProblems.Field("province", "ไม่มีจังหวัดนี้ในบัญชีข้อมูล", "No such province in this catalog");
        }

        // A page past the last is not found: ckanext-dcat's harvester reads a 404 after page 1 as the end of the catalog.
        return found ? Write(graph, format) : ApiProblems.NotFound("ไม่มีหน้านี้ในแคตตาล็อก เกินหน้าสุดท้ายแล้ว", "No such page: it is past the last page of the catalog");
    }

    private static async Task<IResult> DatasetAsync(string slug, string format, HttpContext http, DcatCatalogSource source, CancellationToken ct)
    {
        if (!MediaTypes.ContainsKey(format))
        {
            return UnknownFormat();
        }

        var graph = await source.DatasetAsync(slug, ActorClaims.ToActor(http.User), Root(http), ct);
        return graph is null ? ApiProblems.NotFound("ไม่พบชุดข้อมูล", "No such dataset") : Write(graph, format);
    }

    private static IResult Write(RdfGraph graph, string format) => format switch
    {
        "ttl" => Results.Text(TurtleWriter.Write(graph), "text/turtle; charset=utf-8"),
        "jsonld" => Results.Text(JsonLdWriter.Write(graph).ToJsonString(CatalogApi.Json), "application/ld+json; charset=utf-8"),
        _ => Results.Text(RdfXmlWriter.Write(graph), "application/rdf+xml; charset=utf-8"),
    };

    private static IResult UnknownFormat() =>
        ApiProblems.Field("format", "รองรับ .ttl .rdf .xml และ .jsonld", "Only .ttl, .rdf, .xml and .jsonld are served");

    private static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>The RDF format the Accept header ranks above HTML, if any.</summary>
    private static string? PreferredFormat(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return null;
        }

        var best = accepted.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault(a => (a.Quality ?? 1) > 0
            && (a.MediaType.Value is "text/html" or "application/xhtml+xml" or "*/*" || MediaTypes.ContainsValue(a.MediaType.Value ?? "")));
        return best?.MediaType.Value switch
        {
            "text/turtle" => "ttl",
            "application/rdf+xml" => "rdf",
            "application/ld+json" => "jsonld",
            _ => null,
        };
    }
}
