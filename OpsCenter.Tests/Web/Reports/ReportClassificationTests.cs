using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>
/// The report field table (<see cref="ReportFieldClassification"/>) applied where reports leave the staff pages: the
/// public tracking page and API, Open311 GET and the CSV export carry public fields only; staff pages show the personal
/// ones only to those cleared for them, and a Thai placeholder to the rest.
/// </summary>
public sealed class ReportClassificationTests(ReportApps apps) : IClassFixture<ReportApps>
{
    private const string Name = "นายคานารี ทดสอบชั้นข้อมูล";
    private const string Phone = "0867771234";
    private const string Email = "canary.classification@example.org";
    private const string Address = "บ้านเลขที่ 77/7 ซอยคานารี";
    private const string Masked = "ข้อมูลส่วนบุคคล – ปิดบัง";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublicSurfaces_CarryPublicFieldsOnly_WhilePartnersAndClearedStaffSeeTheRest(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var citizen = app.CreateClient();
        var description = $"คานารีคำบรรยาย {Guid.NewGuid():N} หลุมหน้าบ้านผม";
        var (tracking, id) = await PostAsync(app, citizen, description);
        var canaries = new[] { description, Name, Phone, Email, Address };

        var status = await citizen.GetStringAsync($"/api/reports/{tracking}");
        var trackPage = await citizen.GetStringAsync($"/track/{tracking}");
        var anonymous311 = await citizen.GetStringAsync($"/open311/v2/requests/{tracking}.json");
        var anonymousXml = await citizen.GetStringAsync($"/open311/v2/requests.xml?service_code=road");
        using var official = app.CreateBrowserLikeClient();
        await official.SignInAsync("official", OpsAppFactory.DemoPassword);
        var export = await official.GetStringAsync("/api/reports/export.csv");

        Assert.Contains(tracking, status, StringComparison.Ordinal);
        Assert.Contains(tracking, trackPage, StringComparison.Ordinal);
        Assert.Contains(tracking, export, StringComparison.Ordinal);
        foreach (var (surface, text) in new[] { ("status API", status), ("tracking page", trackPage), ("Open311", anonymous311), ("Open311 XML", anonymousXml), ("CSV export", export) })
        {
            Assert.All(canaries, canary => Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{surface} carries {canary}"));
        }

        var request = JsonDocument.Parse(anonymous311).RootElement[0];
        Assert.Equal(JsonValueKind.Null, request.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("media_url").ValueKind);
        Assert.Equal(Math.Round(ReportPayloads.Lat, 3), request.GetProperty("lat").GetDouble());

        var partner = JsonDocument.Parse(await citizen.GetStringAsync($"/open311/v2/requests/{tracking}.json?api_key={ReportPayloads.PartnerKey}")).RootElement[0];
        Assert.Equal(description, partner.GetProperty("description").GetString());
        Assert.Equal(Address, partner.GetProperty("address").GetString());
        var mediaUrl = new Uri(partner.GetProperty("media_url").GetString()!).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(mediaUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(mediaUrl.Split('?')[0])).StatusCode);
        Assert.Contains(description, await official.GetStringAsync($"/reports/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_ShowsPersonalFieldsOnlyToThoseCleared_AndAPlaceholderToTheRest()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var citizen = app.CreateClient();
        var description = $"คานารีหน้ารายละเอียด {Guid.NewGuid():N}";
        var (_, id) = await PostAsync(app, citizen, description);
        long photoId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            photoId = await db.Set<ReportPhoto>().Where(p => p.ReportId == id).Select(p => p.Id).SingleAsync();
            var agency = await db.Set<OpsUser>().Where(u => u.UserName == "agency").Select(u => u.AgencyId).SingleAsync();
            await db.Set<CitizenReport>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.OwnerAgencyId, agency));
        }

        foreach (var (user, cleared) in new[] { ("official", true), ("agency", true), ("governor", false), ("admin", false) })
        {
            using var client = app.CreateBrowserLikeClient();
            await client.SignInAsync(user, OpsAppFactory.DemoPassword);
            var page = await client.GetStringAsync($"/reports/{id}");
            Assert.True(page.Contains(description, StringComparison.Ordinal) == cleared, $"{user} sees the description: {!cleared}");
            Assert.True(page.Contains(Address, StringComparison.Ordinal) == cleared, $"{user} sees the address: {!cleared}");
            Assert.True(page.Contains("data-testid=\"masked-description\"", StringComparison.Ordinal) != cleared, $"{user} gets the placeholder: {cleared}");
            Assert.Contains(Masked, page, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, page, StringComparison.Ordinal);
            var photo = await client.GetAsync($"/media/report-photos/{photoId}");
            Assert.Equal(cleared ? HttpStatusCode.OK : HttpStatusCode.NotFound, photo.StatusCode);
        }
    }

    private static async Task<(string Tracking, long Id)> PostAsync(OpsAppFactory app, HttpClient client, string description)
    {
        var png = TestPhotos.Png();
        var body = ReportPayloads.Valid(description);
        body["address"] = Address;
        body["name"] = Name;
        body["phone"] = Phone;
        body["email"] = Email;
        body["consent"] = true;
        body["photo"] = Convert.ToBase64String(png);
        using var response = await ReportPayloads.PostAsync(client, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var tracking = JsonDocument.Parse(text).RootElement.GetProperty("trackingNumber").GetString()!;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return (tracking, await db.Set<CitizenReport>().Where(r => r.TrackingNumber == tracking).Select(r => r.Id).SingleAsync());
    }
}
