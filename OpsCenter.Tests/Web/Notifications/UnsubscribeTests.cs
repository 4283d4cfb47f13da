using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Notifications;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Web.Notifications;

public sealed class UnsubscribeTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unsubscribe_OneClick_IsRecorded_CancelsWhatWaits_AndTheCitizenHearsNoMore(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var address = $"unsub-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("น้ำประปาไม่ไหล ทดสอบยกเลิกรับข่าวสาร");
        body["category"] = "water-supply";
        body["email"] = address;
        body["consent"] = true;
        var id = (await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body))).GetProperty("id").GetInt64();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        Assert.Equal(NotificationStatus.Pending, Assert.Single(await Notify.RowsToAsync(app, address)).Status);
        var link = new NotificationLinks(Notify.BaseUrl).Unsubscribe(app.Services.GetRequiredService<CitizenUnsubscribe>().TokenFor(id));

        var response = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ยกเลิกการรับข่าวสารแล้ว", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = await Notify.DbAsync(app))
        {
            Assert.Equal("link", (await db.Set<NotificationOptOut>().SingleAsync(o => o.ReportId == id)).Source);
            var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
            var official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);
            Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: pwtp.Id), official));
        }

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var rows = await Notify.RowsToAsync(app, address);
        Assert.Equal(NotificationStatus.Cancelled, Assert.Single(rows).Status);

        using var again = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri(link).PathAndQuery, again)).StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unsubscribe_ATokenThatIsNotOurs_IsRefusedInThai_NotAServerError(string token)
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/notifications/unsubscribe/{token}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ลิงก์ยกเลิกไม่ถูกต้อง", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
