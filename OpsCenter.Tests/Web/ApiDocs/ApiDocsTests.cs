using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Web.ApiDocs;

/// <summary>The OpenAPI document stays true to the route table, and its reader works with no outside network.</summary>
public sealed partial class ApiDocsTests(ReportApps apps) : IClassFixture<ReportApps>
{
    /// <summary>Mapped on purpose and left out of the document, each for its reason.</summary>
    private static readonly HashSet<string> Undocumented =
    [
        "/open311/{**rest}", // the catch-all that answers unknown Open311 paths with the spec's error array
        "/open311/v2/service/{code}.{format}", // the open311 Python client's misspelling of services/{code}
        "/openapi/{documentName}.json", // the document itself
    ];

    [Fact]
    public async Task EveryProgrammaticRoute_IsInTheDocument_WithItsMethod()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        var mapped = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(e => IsProgrammatic(e.Route) && !Undocumented.Contains(e.Route) && !e.Route.StartsWith("/api/docs", StringComparison.Ordinal))
            .ToList();
        var missing = mapped
            .SelectMany(e => e.Methods.Select(m => (Path: Constraint().Replace(e.Route, "}"), Method: m.ToLowerInvariant())))
            .Where(e => !paths.TryGetProperty(e.Path, out var item) && !paths.TryGetProperty(e.Path.TrimEnd('/'), out item) || !item.TryGetProperty(e.Method, out _))
            .Select(e => $"{e.Method} {e.Path}")
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Document_DescribesEachProtocolsErrorShape_WithExamples()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var paths = document.GetProperty("paths");

        foreach (var name in new[] { "ProblemDetails", "HttpValidationProblemDetails", "Open311Errors", "CkanError" })
        {
            Assert.True(schemas.GetProperty(name).TryGetProperty("examples", out _), name);
        }

        var reportBadInput = paths.GetProperty("/api/reports").GetProperty("post").GetProperty("responses").GetProperty("400").GetProperty("content");
        Assert.True(reportBadInput.TryGetProperty("application/problem+json", out _));
        var open311Post = paths.GetProperty("/open311/v2/requests.{format}").GetProperty("post");
        Assert.True(open311Post.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").TryGetProperty("example", out _));
        Assert.True(open311Post.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("text/xml", out _));
        var ckan = paths.GetProperty("/api/3/action/{action}").GetProperty("get").GetProperty("responses").GetProperty("409").GetProperty("content");
        Assert.Contains("CkanError", ckan.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
        Assert.True(paths.GetProperty("/catalog.{format}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/turtle", out _));
    }

    [Fact]
    public async Task ScalarPage_LoadsEveryScriptFromThisServer()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var page = await client.GetAsync("/api/docs");
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.OrdinalIgnoreCase);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("'unsafe-inline' ", csp.Split("style-src")[0], StringComparison.Ordinal);
        Assert.All(InlineScript().Matches(html).Select(m => m.Groups[1].Value), script =>
            Assert.Contains(OpsCenter.Web.Features.Security.SecurityHeaders.HashOf(script), csp, StringComparison.Ordinal));
        foreach (var src in scripts)
        {
            Assert.False(Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Host != client.BaseAddress!.Host, src);
            using var script = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/api/docs/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Contains("javascript", script.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        }
    }

    private static bool IsProgrammatic(string route) =>
        route.StartsWith("/api/", StringComparison.Ordinal) || route.StartsWith("/open311/", StringComparison.Ordinal)
        || route.StartsWith("/media/", StringComparison.Ordinal) || route == "/healthz" || route.StartsWith("/openapi/", StringComparison.Ordinal)
        || route.StartsWith("/catalog.", StringComparison.Ordinal) || route.StartsWith("/catalog/{slug}.", StringComparison.Ordinal)
        || route.StartsWith("/catalog/{slug}/versions/", StringComparison.Ordinal);

    [GeneratedRegex(@":[^}]+}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
