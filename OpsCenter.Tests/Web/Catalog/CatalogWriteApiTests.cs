using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Domain.Catalog;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

[Collection(CatalogAppsCollection.Name)]
public sealed class CatalogWriteApiTests(CatalogApps apps)
{
    private const string StewardsDataset = "srb-provincial-statistics";

    private static async Task<HttpClient> SignedInAsync(OpsAppFactory app, string user)
    {
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user, OpsAppFactory.DemoPassword)).StatusCode);
        return client;
    }

    private static ByteArrayContent Csv(string text) => new(Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ChecksSchemaAgainstThePreviousVersion_StoresIt_AndAnnouncesIt(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "steward");
        await using var db = DbContexts.For(app.Database);
        var before = await db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Slug == StewardsDataset);
        var text = "area_code,district,value,source\n1901,เมืองสระบุรี,10,สสช.\n1902,แก่งคอย,20,สสช.\n1903,หนองแค,30,สสช.\n";

        HttpResponseMessage response = null!;
        var announced = await CatalogApps.AwaitEventAsync(app, CatalogEvents.DatasetUpdated, async () =>
            response = await client.PostAsync($"/api/catalog/datasets/{StewardsDataset}/versions?fileName=stats.csv", Csv(text)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), announced.SubjectId);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(3, report["rowCount"]!.GetValue<long>());
        var changes = report["schemaChanges"]!;
        Assert.Equal("area_name", changes["renamed"]![0]!["from"]!.GetValue<string>());
        Assert.Equal("district", changes["renamed"]![0]!["to"]!.GetValue<string>());
        Assert.Equal("source", changes["added"]![0]!.GetValue<string>());
        Assert.Equal("แก่งคอย", report["preview"]![1]![1]!.GetValue<string>());

        var after = await db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Slug == StewardsDataset);
        Assert.True(after.LastDataUpdateAt > before.LastDataUpdateAt);
        var version = await db.Set<DatasetVersion>().AsNoTracking().Where(v => v.DatasetId == after.Id).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal("stats.csv", version.FileName);
        Assert.Equal("ผู้ดูแลข้อมูลสำนักงานสถิติ", version.UploadedByName);
        Assert.Equal(text, await client.GetStringAsync($"/catalog/{StewardsDataset}/versions/{version.Number}/download"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_Xlsx_IsProfiled_OnADryRun(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "steward");
        using var form = new MultipartFormDataContent();
        var workbook = UploadSchemaCheckTests.Workbook(["area_code", "area_name", "value"], ["1901", "เมืองสระบุรี", "5"]);
        form.Add(new StreamContent(workbook), "file", "stats.xlsx");

        var response = await client.PostAsync($"/api/catalog/datasets/{StewardsDataset}/versions?dryRun=true", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("XLSX", report["format"]!.GetValue<string>());
        Assert.Null(report["version"]);
        Assert.Equal(1, report["rowCount"]!.GetValue<long>());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_BadFiles_Are400NamingTheField_AndNothingIsStored(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "steward");
        await using var db = DbContexts.For(app.Database);
        var versions = await db.Set<DatasetVersion>().CountAsync();

        foreach (var (name, content) in new[] { ("empty.csv", ""), ("header-only.csv", "a,b\n"), ("dupes.csv", "a,A\n1,2\n"), ("report.pdf", "%PDF-1.4"), ("fake.xlsx", "not a zip") })
        {
            var response = await client.PostAsync($"/api/catalog/datasets/{StewardsDataset}/versions?fileName={name}", Csv(content));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.NotEmpty(problem["errors"]!["file"]!.AsArray());
        }

        var noName = await client.PostAsync($"/api/catalog/datasets/{StewardsDataset}/versions", Csv("a\n1\n"));
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(versions, await db.Set<DatasetVersion>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ByAnotherAgency_IsForbidden(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var steward = await SignedInAsync(app, "steward");
        var response = await steward.PostAsync("/api/catalog/datasets/srb-pm25-hourly/versions?fileName=x.csv", Csv("a\n1\n"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        using var anonymous = app.CreateBrowserLikeClient();
        Assert.NotEqual(HttpStatusCode.Created, (await anonymous.PostAsync($"/api/catalog/datasets/{StewardsDataset}/versions?fileName=x.csv", Csv("a\n1\n"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MetadataEdit_DoesNotMoveFreshness(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "admin");
        await using var db = DbContexts.For(app.Database);
        var before = await db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Slug == "srb-schools-students");

        var edit = new DatasetMetadataEdit(before.TitleTh, before.TitleEn, "คำอธิบายใหม่", before.Objective, "การศึกษา,นักเรียน", before.Maintainer, before.MaintainerEmail,
            before.DataType, before.GeoCoverage, before.DataSource, before.DataFormat, before.License, before.FrequencyUnit, before.FrequencyInterval, before.Classification);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/catalog/datasets/{before.Slug}", edit)).StatusCode);

        var after = await db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Id == before.Id);
        Assert.Equal("คำอธิบายใหม่", after.Description);
        Assert.Equal(before.LastDataUpdateAt, after.LastDataUpdateAt);
        Assert.True(after.MetadataModifiedAt > before.MetadataModifiedAt);

        var invalid = await client.PutAsJsonAsync($"/api/catalog/datasets/{before.Slug}", edit with { TitleTh = " ", FrequencyInterval = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!;
        Assert.NotNull(errors["titleTh"]);
        Assert.NotNull(errors["frequencyInterval"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Download_OfPersonalData_NeedsTheOwningAgency(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        const string url = "/catalog/srb-elderly-care-register/versions/1/download";
        using var anonymous = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        using var steward = await SignedInAsync(app, "steward");
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync(url)).StatusCode);
        using var governor = await SignedInAsync(app, "governor");
        Assert.Equal(HttpStatusCode.Forbidden, (await governor.GetAsync(url)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_CkanDump_ValidatesThenCreates(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "steward");
        var dump = """
            {"success": true, "result": {"count": 2, "results": [
              {"name": "nso-labour-survey", "title": "สำรวจภาวะการทำงานของประชากร", "update_frequency_unit": "ไตรมาส", "update_frequency_interval": "1",
               "data_category": "ข้อมูลสาธารณะ", "data_type": "ข้อมูลสถิติ", "geo_coverage": "จังหวัด", "last_updated_date": "2026-10-15",
               "resources": [{"name": "lfs.csv", "url": "https://nso.example/lfs.csv", "format": "CSV", "last_modified": "2026-10-15T00:00:00"}]},
              {"name": "nso-broken", "title": "ไม่มีรอบ", "update_frequency_unit": "ไม่ทราบ", "data_category": "ข้อมูลสาธารณะ"}
            ]}}
            """;

        var dry = JsonNode.Parse(await (await client.PostAsync("/api/catalog/import?dryRun=true", new StringContent(dump, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())!;
        Assert.Equal(["created", "rejected"], dry["packages"]!.AsArray().Select(p => p!["action"]!.GetValue<string>()));
        await using var db = DbContexts.For(app.Database);
        Assert.False(await db.Set<Dataset>().AnyAsync(d => d.Slug == "nso-labour-survey"));

        var done = await client.PostAsync("/api/catalog/import", new StringContent(dump, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var created = await db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Slug == "nso-labour-survey");
        Assert.Equal(FrequencyUnit.Quarter, created.FrequencyUnit);
        Assert.Equal("https://nso.example/lfs.csv", (await db.Set<DatasetVersion>().SingleAsync(v => v.DatasetId == created.Id)).ExternalUrl);

        var notJson = await client.PostAsync("/api/catalog/import", new StringContent("<xml/>", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }
}
