using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Review;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Wall;

namespace OpsCenter.Tests.Web.Review;

public sealed class ReviewApiTests(WallApp app) : IClassFixture<WallApp>
{
    private static readonly object NewSession = new { title = "ประชุม 4 จริง ทดสอบ API", heldAt = TestClock.UtcNow.AddDays(1), chairName = "ผู้ว่าราชการจังหวัด", attendees = "ปลัดจังหวัด" };

    [Fact]
    public async Task Presenter_CreatesMovesDecides_AndTheMinutesCsvHoldsTheDecision()
    {
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("presenter", OpsAppFactory.DemoPassword);

        var created = await client.PostAsJsonAsync("/api/reviews", NewSession);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var first = await (await client.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "next" })).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "next" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, first.GetProperty("index").GetInt32());
        Assert.Equal(1, second.GetProperty("index").GetInt32());
        Assert.Equal("Live", second.GetProperty("status").GetString());

        var decided = await client.PostAsJsonAsync($"/api/reviews/{id}/decisions", new
        {
            text = "เร่งปรับปรุงข้อมูล, \"ด่วน\"", linkKind = "dataset", linkRef = "pm25-daily", actionText = "ปรับปรุงชุดข้อมูลฝุ่นรายวัน",
            ownerAgencyId = await AgencyIdAsync(), ownerPersonName = "สถิติจังหวัด", dueAt = DateOnly.FromDateTime(TestClock.UtcNow.AddDays(14)),
        });
        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        Assert.True((await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures").GetInt32() > 0);

        var csv = await client.GetAsync($"/api/reviews/{id}/minutes.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"เร่งปรับปรุงข้อมูล, \"\"ด่วน\"\"\"", text, StringComparison.Ordinal);
        Assert.Contains("ปรับปรุงชุดข้อมูลฝุ่นรายวัน", text, StringComparison.Ordinal);
        Assert.Contains("pm25-daily", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/reviews/{id}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "next" })).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsAnswered400_NamingTheField_AndNothingIsSaved()
    {
        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("presenter", OpsAppFactory.DemoPassword);
        var id = (await (await client.PostAsJsonAsync("/api/reviews", NewSession)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await AssertFieldsAsync(await client.PostAsJsonAsync("/api/reviews", new { title = "", chairName = "" }), "title", "chairName", "heldAt");
        await AssertFieldsAsync(await client.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "explode" }), "command");
        await AssertFieldsAsync(await client.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "goto", itemId = -5 }), "itemId");
        await AssertFieldsAsync(await client.PostAsJsonAsync($"/api/reviews/{id}/decisions", new { text = "มอบหมาย", actionText = "ทำงาน" }), "ownerAgencyId", "dueAt");
        await AssertFieldsAsync(await client.PostAsJsonAsync($"/api/reviews/{id}/decisions", new { text = "x", linkKind = "weird" }), "linkKind");
        await AssertFieldsAsync(await client.PostAsJsonAsync($"/api/reviews/{id}/decisions", new { text = "x", ownerAgencyId = 999999, actionText = "y", dueAt = "2099-01-01" }), "ownerAgencyId");
        await AssertFieldsAsync(await client.PostAsJsonAsync("/api/reviews/actions/1/progress", new { status = "nope" }), "status");
        await AssertFieldsAsync(await client.PostAsJsonAsync("/api/reviews/actions/1/progress", new { status = "done", progressPercent = 140 }), "progressPercent");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/reviews/999999/present", new { command = "next" })).StatusCode);

        var csv = await client.GetStringAsync($"/api/reviews/{id}/minutes.csv");
        Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task OnlyPresenters_DriveTheReview_ButEveryoneSignedInReadsIt()
    {
        using var presenter = app.CreateBrowserLikeClient();
        await presenter.SignInAsync("presenter", OpsAppFactory.DemoPassword);
        var id = (await (await presenter.PostAsJsonAsync("/api/reviews", NewSession)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var staff = app.CreateBrowserLikeClient();
        await staff.SignInAsync("agency", OpsAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/reviews/{id}/present", new { command = "next" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/reviews", NewSession)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/reviews/{id}/minutes.csv")).StatusCode);
        using var anonymous = app.CreateBrowserLikeClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/reviews/{id}/minutes.csv")).StatusCode);

        var minutes = await staff.GetStringAsync($"/reviews/{id}/minutes");
        Assert.Contains("ประชุม 4 จริง ทดสอบ API", minutes, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลจริง", minutes, StringComparison.Ordinal);
        Assert.Contains("ปลัดจังหวัด", minutes, StringComparison.Ordinal);
        using var official = app.CreateBrowserLikeClient();
        await official.SignInAsync("official", OpsAppFactory.DemoPassword);
        Assert.Contains("เร่งปรับปรุงชุดข้อมูลที่ค้าง", await official.GetStringAsync("/reviews/actions"), StringComparison.Ordinal);
        Assert.DoesNotContain("เร่งปรับปรุงชุดข้อมูลที่ค้าง", await staff.GetStringAsync("/reviews/actions"), StringComparison.Ordinal);
        Assert.Contains("ครั้งที่ 2", await staff.GetStringAsync("/reviews"), StringComparison.Ordinal);
    }

    private async Task<int> AgencyIdAsync() =>
        (await app.Services.GetRequiredService<ReviewQueries>().AgenciesAsync(TestReports.Saraburi)).First(a => a.Code.EndsWith("-NSO", StringComparison.Ordinal)).Id;

    private static async Task AssertFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}, got {errors}");
        }
    }
}
