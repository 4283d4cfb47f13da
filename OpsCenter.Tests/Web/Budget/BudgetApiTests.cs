using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Budget;

public sealed class BudgetApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<HttpClient> SignedInAsync(string user = "official")
    {
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user, OpsAppFactory.DemoPassword)).StatusCode);
        return client;
    }

    private static MultipartFormDataContent CsvUpload(string csv, string name = "file")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), name, "projects.csv");
        return form;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Anonymous_CannotReadTheBudgetApi()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/api/budget/versus-need");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task VersusNeed_GivesEveryDistrict_SharesSumToOne_BadYearIsA400()
    {
        var client = await SignedInAsync();

        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/budget/versus-need");
        var bad = await client.GetAsync("/api/budget/versus-need?fy=2026");

        Assert.Equal(13, rows!.Length);
        Assert.Equal(1.0, rows.Sum(r => r.GetProperty("needShare").GetDouble()), 6);
        Assert.Equal(1.0, rows.Sum(r => r.GetProperty("budgetShare").GetDouble()), 6);
        Assert.True((await ProblemAsync(bad)).TryGetProperty("fy", out _));
    }

    [Fact]
    public async Task MapMetrics_BySubdistrictOfOneDistrict_AndBadLevelIsA400()
    {
        var client = await SignedInAsync();

        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/budget/map-metrics?level=subdistrict&district=1902");
        var bad = await client.GetAsync("/api/budget/map-metrics?level=village&district=19");

        Assert.NotEmpty(rows!);
        Assert.All(rows!, r => Assert.StartsWith("1902", r.GetProperty("areaCode").GetString(), StringComparison.Ordinal));
        Assert.All(rows!, r => Assert.True(r.TryGetProperty("budgetPerResident", out _) && r.TryGetProperty("needIndex", out _)));
        var errors = await ProblemAsync(bad);
        Assert.True(errors.TryGetProperty("level", out _) && errors.TryGetProperty("district", out _));
    }

    [Fact]
    public async Task ImportUpload_GoodRowsSaved_BadRowsReported_NoFileIsA400_AgencyStaffForbidden()
    {
        var client = await SignedInAsync();
        var csv = "code,name_th,sector,owner_agency,area_codes,fiscal_year,source,requested\r\n"
                  + "API-IMP-1,ปรับปรุงประปา,water,SRB-RID,1907,2571,province,900000\r\n"
                  + "API-IMP-2,ผิด,water,SRB-RID,1907,2571,province,9.999\r\n";

        var imported = await client.PostAsync("/api/budget/projects/import", CsvUpload(csv));
        var noFile = await client.PostAsync("/api/budget/projects/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        var noColumns = await client.PostAsync("/api/budget/projects/import", CsvUpload("a,b\r\n1,2\r\n"));
        var agency = await (await SignedInAsync("agency")).PostAsync("/api/budget/projects/import", CsvUpload(csv));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("accepted").GetInt32());
        var issue = report.GetProperty("issues")[0];
        Assert.Equal((3, "requested"), (issue.GetProperty("row").GetInt32(), issue.GetProperty("field").GetString()));
        Assert.True((await ProblemAsync(noFile)).TryGetProperty("file", out _));
        Assert.True((await ProblemAsync(noColumns)).EnumerateObject().Any());
        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
    }

    [Fact]
    public async Task Template_ImportsAsIs()
    {
        var client = await SignedInAsync();
        var template = await client.GetStringAsync("/api/budget/projects/import-template.csv");

        var imported = await client.PostAsync("/api/budget/projects/import", CsvUpload(template));

        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("accepted").GetInt32());
        Assert.Equal(0, report.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task UpdateLine_ThreeDecimalsOrDisbursedAboveApproved_Are400s_OtherAgencysProjectIs404()
    {
        await using var db = DbContexts.For(app.Database);
        var rid = await db.Set<OpsCenter.Domain.Agencies.Agency>().Where(a => a.Code == "SRB-RID").Select(a => a.Id).SingleAsync();
        var line = await db.Set<BudgetLine>().Where(l => db.Set<Project>().Any(p => p.Id == l.ProjectId && p.OwnerAgencyId == rid)).OrderBy(l => l.Id).FirstAsync();
        var client = await SignedInAsync();

        var threeDecimals = await client.PutAsJsonAsync($"/api/budget/lines/{line.Id}", new { requested = 10, approved = 1.005m, disbursed = 0 });
        var tooMuch = await client.PutAsJsonAsync($"/api/budget/lines/{line.Id}", new { requested = 10, approved = 5, disbursed = 6 });
        var ok = await client.PutAsJsonAsync($"/api/budget/lines/{line.Id}", new { requested = 10, approved = 5, disbursed = 2.5m });
        var otherAgency = await (await SignedInAsync("agency")).PutAsJsonAsync($"/api/budget/lines/{line.Id}", new { requested = 10, approved = 5, disbursed = 1 });

        Assert.True((await ProblemAsync(threeDecimals)).TryGetProperty("approved", out _));
        Assert.True((await ProblemAsync(tooMuch)).TryGetProperty("disbursed", out _));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.StatusCode);
        await using var check = DbContexts.For(app.Database);
        Assert.Equal(Money.FromBaht(2.5m), (await check.Set<BudgetLine>().SingleAsync(l => l.Id == line.Id)).Disbursed);
    }

    [Fact]
    public async Task LinkEvidence_UnknownKindIsA400_AndTheEvidenceCsvDownloads()
    {
        await using var db = DbContexts.For(app.Database);
        var project = await db.Set<Project>().OrderBy(p => p.Id).FirstAsync();
        var kpi = await db.Set<OpsCenter.Domain.Kpis.Kpi>().OrderBy(k => k.Id).FirstAsync();
        var client = await SignedInAsync();

        var badKind = await client.PostAsJsonAsync($"/api/budget/projects/{project.Id}/evidence", new { kind = "rumour", targetId = "x" });
        var linked = await client.PostAsJsonAsync($"/api/budget/projects/{project.Id}/evidence", new { kind = "kpi", targetId = kpi.Code, note = "วัดผล" });
        var csv = await client.GetAsync($"/api/budget/projects/{project.Id}/evidence.csv");

        Assert.True((await ProblemAsync(badKind)).TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("linked_kpi", text, StringComparison.Ordinal);
        Assert.Contains(project.Code, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaEvidenceCsv_CarriesTheAreaTheNoProjectYetStateAndItsReports_AndRefusesAnotherProvincesArea()
    {
        var client = await SignedInAsync();
        await using var db = DbContexts.For(app.Database);
        var district = await db.Set<OpsCenter.Domain.Areas.Area>().Where(a => a.ProvinceCode == "19" && a.Code.Length == 4).OrderBy(a => a.Code).FirstAsync();
        var year = OpsCenter.Domain.Common.ThaiCalendar.FiscalYearOf(TestClock.UtcNow);

        var csv = await client.GetAsync($"/api/budget/areas/{district.Code}/water/evidence.csv?fy={year}");
        var elsewhere = await client.GetAsync($"/api/budget/areas/1301/water/evidence.csv?fy={year}");
        var badSector = await client.GetAsync($"/api/budget/areas/{district.Code}/rumour/evidence.csv");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', OpsCenter.Web.Features.Budget.EvidencePackCsv.Header), rows[0]);
        var area = rows[1].Split(',');
        Assert.Equal(["area", "area_sector", district.Code], area[..3]);
        Assert.Contains(district.NameTh, rows[1], StringComparison.Ordinal);
        Assert.Equal("water", area[7]);
        Assert.Contains(rows, r => r.StartsWith("area_need,", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badSector.StatusCode);
    }
}
