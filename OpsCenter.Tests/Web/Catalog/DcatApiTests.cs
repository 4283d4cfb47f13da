using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Dcat;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Domain.Catalog.Dcat;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

/// <summary>
/// DCAT-AP 3 as harvesters fetch it: by extension and by Accept, anonymously (so never a classified dataset), and page by
/// page through hydra:next as ckanext-dcat's RDF harvester does (RDFParser.next_page reads hydra:PagedCollection).
/// </summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class DcatApiTests(CatalogApps apps)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Catalog_ByExtensionAndByAccept_SaysTheSameTriplesInEveryFormat(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();

        var turtle = await GetAsync(client, "/catalog.ttl", null, "text/turtle");
        var rdfXml = await GetAsync(client, "/catalog.rdf", null, "application/rdf+xml");
        var jsonLd = await GetAsync(client, "/catalog.jsonld", null, "application/ld+json");
        var negotiated = await GetAsync(client, "/catalog", "text/turtle;q=1.0, application/rdf+xml;q=0.9, text/html;q=0.5", "text/turtle");

        var expected = WithoutCatalogModified(RdfReaders.FromTurtle(turtle));
        Assert.Equal(expected, WithoutCatalogModified(RdfReaders.FromRdfXml(rdfXml)));
        Assert.Equal(expected, WithoutCatalogModified(RdfReaders.FromJsonLd(jsonLd)));
        Assert.Equal(expected, WithoutCatalogModified(RdfReaders.FromTurtle(negotiated)));
        Assert.Contains(expected, l => l.Contains($"<{Rdf.DcatNs}accessURL>", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains($"<{Rdf.DctNs}publisher>", StringComparison.Ordinal) && l.Contains("/catalog> ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Anonymous_GetsEveryPublicDataset_AndNoClassifiedOne(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var lines = RdfReaders.FromTurtle(await GetAsync(client, "/catalog.ttl", null, "text/turtle"));
        var slugs = DatasetSlugs(lines);
        await using var db = DbContexts.For(app.Database);
        var province = await db.Set<Dataset>().Where(d => slugs.Contains(d.Slug)).Select(d => d.ProvinceCode).Distinct().SingleAsync();
        var datasets = await db.Set<Dataset>().Where(d => d.ProvinceCode == province).ToListAsync();
        var classified = datasets.First(d => d.Classification != DataClassification.Public);

        using var hidden = await client.GetAsync($"/catalog/{classified.Slug}.ttl");

        Assert.Equal(datasets.Where(d => d.Classification == DataClassification.Public).Select(d => d.Slug).Order(StringComparer.Ordinal), slugs.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(lines, l => l.Contains("access-right/NON_PUBLIC", StringComparison.Ordinal) || l.Contains("access-right/RESTRICTED", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RdfHarvester_FollowsHydraNextFromPageOne_AndGetsEachPublicDatasetOnce(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var all = DatasetSlugs(RdfReaders.FromTurtle(await GetAsync(client, "/catalog.ttl", null, "text/turtle")));

        var harvested = new List<string>();
        string? next = "/catalog.rdf?page=1";
        for (var pages = 0; next is not null && pages < 50; pages++)
        {
            var lines = RdfReaders.FromRdfXml(await GetAsync(client, next, null, "application/rdf+xml"));
            harvested.AddRange(DatasetSlugs(lines));
            Assert.Contains(lines, l => l.EndsWith($"<{Rdf.Type}> <{Rdf.HydraNs}PagedCollection> .", StringComparison.Ordinal));
            next = lines.Where(l => l.Contains($"<{Rdf.HydraNs}next>", StringComparison.Ordinal))
                .Select(l => JsonSerializer.Deserialize<string>(l[(l.IndexOf("> \"", StringComparison.Ordinal) + 2)..^2])).FirstOrDefault();
        }

        Assert.Equal(all.Order(StringComparer.Ordinal), harvested.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dataset_ByExtensionAndByAccept_DescribesThatDatasetAlone_AndBrowsersStillGetThePage(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();
        var slug = DatasetSlugs(RdfReaders.FromTurtle(await GetAsync(client, "/catalog.ttl", null, "text/turtle"))).First();

        var byExtension = RdfReaders.FromJsonLd(await GetAsync(client, $"/catalog/{slug}.jsonld", null, "application/ld+json"));
        var byAccept = RdfReaders.FromJsonLd(await GetAsync(client, $"/catalog/{slug}", "application/ld+json", "application/ld+json"));
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/catalog/{slug}");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var html = await client.SendAsync(page);

        Assert.Equal([slug], DatasetSlugs(byExtension));
        Assert.Equal(WithoutCatalogModified(byExtension), WithoutCatalogModified(byAccept));
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/catalog.n3", "format")]
    [InlineData("/catalog.ttl?page=0", "page")]
    [InlineData("/catalog.ttl?province=99", "province")]
    public async Task BadInput_IsProblemJsonNamingTheField(string url, string field)
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task PagePastTheLast_IsNotFound_AsCkanextDcatReadsTheEndOfACatalog()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/catalog.ttl?page=999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<string> GetAsync(HttpClient client, string url, string? accept, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> DatasetSlugs(IEnumerable<string> lines) =>
        lines.Where(l => l.EndsWith($"<{Rdf.Type}> <{Rdf.DcatNs}Dataset> .", StringComparison.Ordinal))
            .Select(l => l[1..l.IndexOf('>', StringComparison.Ordinal)]).Select(iri => iri[(iri.LastIndexOf('/') + 1)..]).ToList();

    /// <summary>The catalog's dct:modified is "now", which moves between two requests.</summary>
    private static HashSet<string> WithoutCatalogModified(HashSet<string> lines) =>
        lines.Where(l => !(l.Contains("/catalog> ", StringComparison.Ordinal) && l.Contains($"<{Rdf.DctNs}modified>", StringComparison.Ordinal))).ToHashSet();
}
