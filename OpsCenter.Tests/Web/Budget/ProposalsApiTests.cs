using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Budget;

public sealed class ProposalsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Submit_InvalidIsA400NamingEachField_ValidIsA201WithATrackingLink()
    {
        var client = app.CreateBrowserLikeClient();

        var bad = await client.PostAsJsonAsync("/api/proposals", new { title = "x", description = "", areaCode = "99", categoryCode = "?", phone = "1" });
        var good = await client.PostAsJsonAsync("/api/proposals", new
        {
            title = "สะพานข้ามคลองหมู่ 3 ทดสอบ API", description = "สะพานไม้ชำรุด เด็กนักเรียนต้องเดินอ้อมไกล ขอสะพานคอนกรีต",
            areaCode = "190201", categoryCode = "road", phone = "081-555-0001",
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["title", "description", "areaCode", "categoryCode", "phone"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var body = await good.Content.ReadFromJsonAsync<JsonElement>();
        var tracking = body.GetProperty("trackingCode").GetString()!;
        Assert.Equal($"/proposals/track/{tracking}", good.Headers.Location?.OriginalString);
        var tracked = await client.GetFromJsonAsync<JsonElement>($"/api/proposals/track/{tracking}");
        Assert.Equal(1, tracked.GetProperty("summary").GetProperty("supportCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/proposals/track/PR19-NOPE-NOPE")).StatusCode);
    }

    [Fact]
    public async Task Support_SecondTimeIsA409_ClosedOrMissingAreRefused_TriageNeedsStaff()
    {
        var client = app.CreateBrowserLikeClient();
        var created = await (await client.PostAsJsonAsync("/api/proposals", new
        {
            title = "ลานกีฬาชุมชน ทดสอบการสนับสนุน", description = "เยาวชนไม่มีที่ออกกำลังกาย ขอลานกีฬาอเนกประสงค์ในชุมชน",
            areaCode = "1903", categoryCode = "other",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var first = await client.PostAsJsonAsync($"/api/proposals/{id}/supports", new { phone = "0866660001" });
        var second = await client.PostAsJsonAsync($"/api/proposals/{id}/supports", new { phone = "086-666-0001" });
        var noPhone = await client.PostAsJsonAsync($"/api/proposals/{id}/supports", new { phone = "" });
        var missing = await client.PostAsJsonAsync("/api/proposals/999999/supports", new { phone = "0866660002" });
        var triage = await client.PostAsJsonAsync($"/api/proposals/{id}/triage", new { action = "decline", response = "no" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPhone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, triage.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/proposals?sort=newest");
        Assert.Contains(list!, p => p.GetProperty("id").GetInt32() == id && p.GetProperty("supportCount").GetInt32() == 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/proposals?status=maybe")).StatusCode);
    }
}
