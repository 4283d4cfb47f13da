using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Web.Security;

namespace OpsCenter.Tests.Web.National;

/// <summary>Each province publishes its own catalog: the CKAN API and the DCAT export never mix two provinces.</summary>
public sealed class ProvinceCatalogInteropTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task CkanPackageList_IsOneProvincesCatalog_TheDefaultOrTheOneAskedFor()
    {
        using var client = app.RawClient();
        var saraburi = await SlugsAsync("19");
        var pathum = await SlugsAsync("13");

        var byDefault = await ResultAsync(client, "/api/3/action/package_list");
        var asked = await ResultAsync(client, "/api/3/action/package_list?province=13");

        Assert.NotEmpty(pathum);
        Assert.Equal(saraburi, byDefault.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(pathum, asked.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CkanOrganizations_AreTheProvincesOwnAgencies()
    {
        using var client = app.RawClient();

        var organizations = await ResultAsync(client, "/api/3/action/organization_list?province=13");
        using var other = await client.GetAsync("/api/3/action/organization_show?province=19&id=" + organizations[0].GetString());

        Assert.All(organizations.EnumerateArray(), o => Assert.StartsWith("pte-", o.GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task UnknownProvince_IsACkanValidationErrorNamingTheField_AndA400ForDcat()
    {
        using var client = app.RawClient();

        using var ckan = await client.GetAsync("/api/3/action/package_list?province=99");
        using var dcat = await client.GetAsync("/catalog.jsonld?province=99");

        Assert.Equal(HttpStatusCode.Conflict, ckan.StatusCode);
        var error = JsonDocument.Parse(await ckan.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.True(error.TryGetProperty("province", out _));
        Assert.Equal(HttpStatusCode.BadRequest, dcat.StatusCode);
    }

    [Fact]
    public async Task DcatExport_HoldsOnlyTheProvincesDatasets()
    {
        using var client = app.RawClient();
        var pathum = await SlugsAsync("13", classified: false);
        var saraburi = await SlugsAsync("19");
        var pathumClassified = await SlugsAsync("13", classified: true);

        var document = await client.GetStringAsync("/catalog.jsonld?province=13");

        Assert.All(pathum, slug => Assert.Contains($"/catalog/{slug}\"", document, StringComparison.Ordinal));
        Assert.All(pathumClassified, slug => Assert.DoesNotContain($"/catalog/{slug}\"", document, StringComparison.Ordinal));
        Assert.All(saraburi.Except(pathum), slug => Assert.DoesNotContain($"/catalog/{slug}\"", document, StringComparison.Ordinal));
    }

    private async Task<List<string>> SlugsAsync(string province, bool classified = false)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return (await db.Set<Dataset>().Where(d => d.ProvinceCode == province && (d.Classification != DataClassification.Public) == classified)
            .Select(d => d.Slug).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<JsonElement> ResultAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(root.GetProperty("success").GetBoolean());
        return root.GetProperty("result").Clone();
    }
}
