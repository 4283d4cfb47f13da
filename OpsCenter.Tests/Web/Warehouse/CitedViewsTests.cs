using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>An explorer view, version pinned, cited as evidence by a citizen's proposal and by a project's evidence pack: checked, then shown as a link with the dataset and version.</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class CitedViewsTests(CatalogApps apps)
{
    private const string Population = "srb-dopa-population-2567";

    [Fact]
    public async Task AProposal_CitesAPublicView_ShownWithTheDatasetAndVersion_AndAMissingVersionOrClassifiedDataIsRefusedOnTheField()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var (version, title) = await LatestAsync(app, Population);
        var classified = await ClassifiedSlugAsync(app);
        using var client = app.CreateBrowserLikeClient();
        object Proposal(string url) => new
        {
            title = "ศูนย์ดูแลผู้สูงอายุ ทดสอบการอ้างอิงข้อมูล", description = "ผู้สูงอายุในอำเภอมีมาก ตามข้อมูลประชากร ขอศูนย์ดูแลผู้สูงอายุกลางวัน",
            areaCode = "1901", categoryCode = "welfare", evidenceUrl = url,
        };

        var cited = await client.PostAsJsonAsync("/api/proposals", Proposal($"https://ops.example.go.th/catalog/{Population}/explore?version={version}&by=area-2&measure=sum&of=population"));
        var noVersion = await client.PostAsJsonAsync("/api/proposals", Proposal($"/catalog/{Population}/explore?version=999"));
        var unpinned = await client.PostAsJsonAsync("/api/proposals", Proposal($"/catalog/{Population}/explore?by=area-2"));
        var secret = await client.PostAsJsonAsync("/api/proposals", Proposal($"/catalog/{classified.Slug}/explore?version={classified.Version}"));

        Assert.Equal(HttpStatusCode.Created, cited.StatusCode);
        foreach (var refused in new[] { noVersion, unpinned, secret })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("evidenceUrl", out _));
        }

        var id = (await cited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/proposals/{id}"));
        Assert.Contains($"href=\"/catalog/{Population}/explore?version={version}&by=area-2&measure=sum&of=population\"", page, StringComparison.Ordinal);
        Assert.Contains($"{title} ฉบับที่ {version}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProject_CitesAView_ItsEvidencePackLinksIt_AndTheCsvCarriesIt_AMissingDatasetIsRefused()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var (version, title) = await LatestAsync(app, "srb-tpmap-poverty-2561");
        int projectId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            projectId = await db.Set<Project>().Where(p => p.ProvinceCode == "19").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("official", OpsAppFactory.DemoPassword)).StatusCode);
        var url = $"/catalog/srb-tpmap-poverty-2561/explore?version={version}&by=col:province_code&measure=sum&of=poor_people";

        var linked = await client.PostAsJsonAsync($"/api/budget/projects/{projectId}/evidence", new { kind = "explorerview", targetId = url, note = "คนจนเป้าหมาย" });
        var missing = await client.PostAsJsonAsync($"/api/budget/projects/{projectId}/evidence", new { kind = "explorerview", targetId = "/catalog/no-such-data/explore?version=1" });

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("targetId", out _));
        var pack = WebUtility.HtmlDecode(await client.GetStringAsync($"/budget/projects/{projectId}/evidence"));
        Assert.Contains($"href=\"{url}\"", pack, StringComparison.Ordinal);
        Assert.Contains($"มุมมองข้อมูล: {title} ฉบับที่ {version}", pack, StringComparison.Ordinal);
        var csv = await client.GetStringAsync($"/api/budget/projects/{projectId}/evidence.csv");
        Assert.Contains("linked_explorerview", csv, StringComparison.Ordinal);
        Assert.Contains(url, csv, StringComparison.Ordinal);
    }

    private static async Task<(int Version, string Title)> LatestAsync(OpsAppFactory app, string slug)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var dataset = await db.Set<Dataset>().SingleAsync(d => d.Slug == slug);
        var version = await db.Set<DatasetVersion>().Where(v => v.DatasetId == dataset.Id && v.HasContent).MaxAsync(v => v.Number);
        return (version, dataset.TitleTh);
    }

    private static async Task<(string Slug, int Version)> ClassifiedSlugAsync(OpsAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var found = await (
                from d in db.Set<Dataset>()
                join v in db.Set<DatasetVersion>() on d.Id equals v.DatasetId
                where d.ProvinceCode == "19" && v.HasContent && (d.Classification == DataClassification.Security || d.Classification == DataClassification.Secret)
                orderby d.Id
                select new { d.Slug, v.Number })
            .FirstAsync();
        return (found.Slug, found.Number);
    }
}
