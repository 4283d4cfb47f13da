using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Notifications;

/// <summary>LINE and webhooks cannot be reached from here: a local server implements the LINE push endpoint and an agency's receiver, and checks each request.</summary>
public sealed class LineAndWebhookTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    private const string ChannelToken = "test-channel-access-token";
    private static readonly Actor Official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Line_AssignmentReachesTheBoundUser_AsAPushWithBearerAndRetryKey_AndARetryIsTheSameRequest(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var line = await LocalHttpServer.StartAsync();
        var clock = TestClock.Manual();
        var options = Notify.Options();
        options.Line = new LineOptions { ChannelAccessToken = ChannelToken, Endpoint = new Uri(line.Address, "/v2/bot/message/push").ToString() };
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var lineUserId = "U" + Guid.NewGuid().ToString("N");
        var agency = await UserAsync(app, "agency");
        await SetPreferenceAsync(app, new NotificationPreferenceRow { UserId = agency.Id, Email = false, Line = true, LineUserId = lineUserId });
        try
        {
            var (id, tracking) = await FileAndAssignToPublicWorksAsync(app);
            await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
            var row = Assert.Single(await Notify.RowsToAsync(app, lineUserId));
            Assert.Equal(NotificationChannel.Line, row.Channel);

            line.AnswerNext(500);
            await Notify.Dispatcher(app, clock, options).DispatchOnceAsync();
            Assert.Equal((NotificationStatus.Pending, 1), ((await Notify.RowsToAsync(app, lineUserId))[0].Status, (await Notify.RowsToAsync(app, lineUserId))[0].Attempts));
            clock.Advance(options.RetryBase);
            line.AnswerNext(409);
            await Notify.Dispatcher(app, clock, options).DispatchOnceAsync();

            Assert.Equal(NotificationStatus.Sent, Assert.Single(await Notify.RowsToAsync(app, lineUserId)).Status);
            var pushes = line.Requests.Where(r => r.Body.Contains(lineUserId, StringComparison.Ordinal)).ToList();
            Assert.Equal(2, pushes.Count);
            Assert.All(pushes, push =>
            {
                Assert.Equal(("POST", "/v2/bot/message/push"), (push.Method, push.Path));
                Assert.Equal($"Bearer {ChannelToken}", push.Headers["Authorization"]);
                Assert.StartsWith("application/json", push.Headers["Content-Type"], StringComparison.Ordinal);
                Assert.True(Guid.TryParseExact(push.Headers["X-Line-Retry-Key"], "D", out _));
                using var json = JsonDocument.Parse(push.Body);
                Assert.Equal(["messages", "to"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
                Assert.Equal(lineUserId, json.RootElement.GetProperty("to").GetString());
                var message = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray());
                Assert.Equal("text", message.GetProperty("type").GetString());
                var text = message.GetProperty("text").GetString()!;
                Assert.StartsWith($"เรื่องใหม่ในคิวของท่าน: {tracking}", text, StringComparison.Ordinal);
                Assert.Contains($"{Notify.BaseUrl}/reports/{id}", text, StringComparison.Ordinal);
            });
            Assert.Equal(pushes[0].Headers["X-Line-Retry-Key"], pushes[1].Headers["X-Line-Retry-Key"]);
        }
        finally
        {
            await SetPreferenceAsync(app, null, agency.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Webhook_TheAgencysSystemGetsEachEvent_SignedWithHmacSha256_RetriedWithTheSameDeliveryId(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        await using var receiver = await LocalHttpServer.StartAsync();
        var clock = TestClock.Manual();
        var options = Notify.Options();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var secret = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var path = $"/hooks/{Guid.NewGuid():N}";
        int webhookId;
        await using (var db = await Notify.DbAsync(app))
        {
            var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
            var webhook = new AgencyWebhook { AgencyId = pwtp.Id, Url = new Uri(receiver.Address, path).ToString(), Secret = secret, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Add(webhook);
            await db.SaveChangesAsync();
            webhookId = webhook.Id;
        }

        try
        {
            var (id, tracking) = await FileAndAssignToPublicWorksAsync(app);
            await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
            var rows = await WebhookRowsAsync(app, webhookId);
            Assert.Contains(rows, r => r.Kind == ReportEvents.Assigned);

            receiver.AnswerNext(503);
            await Notify.Dispatcher(app, clock, options).DispatchOnceAsync();
            clock.Advance(options.RetryBase);
            await Notify.Dispatcher(app, clock, options).DispatchOnceAsync();

            Assert.All(await WebhookRowsAsync(app, webhookId), r => Assert.Equal(NotificationStatus.Sent, r.Status));
            var posts = receiver.Requests.Where(r => r.Path == path).ToList();
            Assert.Equal(rows.Count + 1, posts.Count);
            foreach (var post in posts)
            {
                Assert.Equal(WebhookSender.Sign(secret, post.Headers[WebhookSender.TimestampHeader], post.Body), post.Headers[WebhookSender.SignatureHeader]);
                Assert.NotEqual(WebhookSender.Sign(secret + "x", post.Headers[WebhookSender.TimestampHeader], post.Body), post.Headers[WebhookSender.SignatureHeader]);
                using var json = JsonDocument.Parse(post.Body);
                Assert.Equal(post.Headers[WebhookSender.DeliveryHeader], json.RootElement.GetProperty("delivery").GetString());
                Assert.Equal($"{Notify.BaseUrl}/reports/{id}", json.RootElement.GetProperty("link").GetString());
                Assert.Contains(tracking, json.RootElement.GetProperty("textTh").GetString(), StringComparison.Ordinal);
                Assert.DoesNotContain("สมศรี", post.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("@example.org", post.Body, StringComparison.Ordinal);
            }

            var first = posts[0].Headers[WebhookSender.DeliveryHeader];
            Assert.Equal(2, posts.Count(p => p.Headers[WebhookSender.DeliveryHeader] == first));
        }
        finally
        {
            await using var db = await Notify.DbAsync(app);
            await db.Set<AgencyWebhook>().Where(w => w.Id == webhookId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Enabled, false));
        }
    }

    private static async Task<(long Id, string Tracking)> FileAndAssignToPublicWorksAsync(OpsAppFactory app)
    {
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("ทางเท้าแตก ทดสอบไลน์และเว็บฮุก " + Guid.NewGuid().ToString("N")[..6]);
        body["category"] = "footpath";
        body["name"] = "สมศรี ทดสอบ";
        body["email"] = $"reporter-{Guid.NewGuid():N}@example.org";
        body["consent"] = true;
        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        var id = created.GetProperty("id").GetInt64();
        await using var db = await Notify.DbAsync(app);
        var pwtp = await db.Set<Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
        Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: pwtp.Id), Official));
        return (id, created.GetProperty("trackingNumber").GetString()!);
    }

    private static async Task<List<Notification>> WebhookRowsAsync(OpsAppFactory app, int webhookId)
    {
        var address = webhookId.ToString(CultureInfo.InvariantCulture);
        await using var db = await Notify.DbAsync(app);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.Channel == NotificationChannel.Webhook && n.Address == address).OrderBy(n => n.Id).ToListAsync();
    }

    private static async Task<OpsUser> UserAsync(OpsAppFactory app, string userName)
    {
        await using var db = await Notify.DbAsync(app);
        return await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == userName);
    }

    private static async Task SetPreferenceAsync(OpsAppFactory app, NotificationPreferenceRow? row, string? removeFor = null)
    {
        await using var db = await Notify.DbAsync(app);
        await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == (row != null ? row.UserId : removeFor)).ExecuteDeleteAsync();
        if (row is not null)
        {
            db.Add(row);
            await db.SaveChangesAsync();
        }
    }
}
