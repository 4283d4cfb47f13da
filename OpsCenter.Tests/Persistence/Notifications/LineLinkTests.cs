using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Notifications;

/// <summary>The apps of the LINE link tests: a channel secret, and LINE's reply endpoint played by a local server that records what it gets.</summary>
public sealed class LineLinkApps : IAsyncLifetime
{
    public const string ChannelSecret = "line-test-channel-secret-0123456789";
    public const string AccessToken = "line-test-access-token";

    private Apps? _apps;

    public LocalHttpServer Line { get; private set; } = null!;

    public Task<OpsAppFactory> ForAsync(DatabaseProvider provider) => _apps!.ForAsync(provider);

    public async Task InitializeAsync()
    {
        Line = await LocalHttpServer.StartAsync();
        _apps = new Apps(new Dictionary<string, string?>(NotificationApps.Settings)
        {
            ["Notifications:Line:ChannelSecret"] = ChannelSecret,
            ["Notifications:Line:ChannelAccessToken"] = AccessToken,
            ["Notifications:Line:ReplyEndpoint"] = new Uri(Line.Address, "/v2/bot/message/reply").ToString(),
            ["Notifications:Line:OfficialAccountId"] = "@opscenter-saraburi",
        });
    }

    public async Task DisposeAsync()
    {
        await _apps!.DisposeAsync();
        await Line.DisposeAsync();
    }

    private sealed class Apps(IReadOnlyDictionary<string, string?> settings) : ProviderApps(settings);
}

/// <summary>
/// The official-account flow, replayed as LINE sends it: the person gets a code on the preferences page, sends it to the
/// official account, and LINE's signed webhook message event binds the sender's LINE user id to their account.
/// </summary>
public sealed class LineLinkTests(LineLinkApps apps) : IClassFixture<LineLinkApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Link_CodeSentToTheOfficialAccount_BindsTheSender_OnceOnly_AndLineRepliesInTheChat(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var links = app.Services.GetRequiredService<LineAccountLinks>();
        var (me, _) = await StaffAsync(app, "agency");
        var lineUser = "U" + Guid.NewGuid().ToString("N");
        var (issued, issue) = await links.IssueAsync(me);
        Assert.True(issued.Succeeded);
        Assert.Equal("@opscenter-saraburi", issue!.OfficialAccountId);
        Assert.False((await links.StatusAsync(me)).Linked);
        using var client = app.CreateClient();
        var replyToken = Guid.NewGuid().ToString("N");

        var first = await PostAsync(client, MessageEvent(lineUser, $" {issue.Code.ToLowerInvariant()} ", replyToken, redelivery: false));
        var redelivered = await PostAsync(client, MessageEvent(lineUser, issue.Code, replyToken, redelivery: true));
        var someoneElse = "U" + Guid.NewGuid().ToString("N");
        var reused = await PostAsync(client, MessageEvent(someoneElse, issue.Code, Guid.NewGuid().ToString("N"), redelivery: false));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, redelivered.StatusCode, reused.StatusCode));
        var row = await PreferenceAsync(app, me.UserId);
        Assert.Equal((lineUser, true), (row!.LineUserId, row.Line));
        Assert.True((await links.StatusAsync(me)).Linked);
        await using (var db = await Notify.DbAsync(app))
        {
            Assert.False(await db.Set<NotificationPreferenceRow>().AnyAsync(p => p.LineUserId == someoneElse));
        }

        var replies = apps.Line.Requests.Where(r => r.Body.Contains(replyToken, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, reply =>
        {
            Assert.Equal(("POST", "/v2/bot/message/reply"), (reply.Method, reply.Path));
            Assert.Equal($"Bearer {LineLinkApps.AccessToken}", reply.Headers["Authorization"]);
            using var json = JsonDocument.Parse(reply.Body);
            Assert.Equal(["messages", "replyToken"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal("text", Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray()).GetProperty("type").GetString());
        });
        Assert.StartsWith("เชื่อมบัญชีเรียบร้อย", Text(replies[0]), StringComparison.Ordinal);
        Assert.StartsWith("บัญชีนี้เชื่อมแล้ว", Text(replies[1]), StringComparison.Ordinal);

        // Blocking the official account unbinds: pushes to it would only fail.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, $$$"""{"destination":"Uoa","events":[{"type":"unfollow","mode":"active","timestamp":1733460000000,"source":{"type":"user","userId":"{{{lineUser}}}"},"webhookEventId":"01JEXAMPLE","deliveryContext":{"isRedelivery":false}}]}""")).StatusCode);
        Assert.Equal((null, false), ((await PreferenceAsync(app, me.UserId))!.LineUserId, (await PreferenceAsync(app, me.UserId))!.Line));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Webhook_BadOrMissingSignature_Is401_AndBindsNothing_TheCodeStillWorksSignedProperly(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var links = app.Services.GetRequiredService<LineAccountLinks>();
        var (me, _) = await StaffAsync(app, "steward");
        var (_, issue) = await links.IssueAsync(me);
        var lineUser = "U" + Guid.NewGuid().ToString("N");
        var body = MessageEvent(lineUser, issue!.Code, Guid.NewGuid().ToString("N"), redelivery: false);
        using var client = app.CreateClient();

        var forged = await PostAsync(client, body, LineLinkCodes.Sign(Encoding.UTF8.GetBytes(body), "not-the-channel-secret"));
        var unsigned = await PostAsync(client, body, signature: null);
        var tampered = await PostAsync(client, body.Replace(lineUser, "U" + new string('f', 32), StringComparison.Ordinal), LineLinkCodes.Sign(Encoding.UTF8.GetBytes(body), LineLinkApps.ChannelSecret));

        Assert.All([forged, unsigned, tampered], r =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        Assert.Null((await PreferenceAsync(app, me.UserId))?.LineUserId);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, body)).StatusCode);
        Assert.Equal(lineUser, (await PreferenceAsync(app, me.UserId))!.LineUserId);
        await links.UnlinkAsync(me);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Webhook_TheConsolesVerifyRequestIsAnswered200_AndABodyThatIsNotLinesShapeIs400NamingEvents(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();

        var verify = await PostAsync(client, """{"destination":"Uf0a1b2c3d4e5f60718293a4b5c6d7e8f","events":[]}""");
        var notJson = await PostAsync(client, "events=1");
        var noEvents = await PostAsync(client, """{"destination":"U0"}""");

        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        foreach (var bad in new[] { notJson, noEvents })
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("events", out _));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Link_AnExpiredCode_BindsNothing_AndANewCodeReplacesTheOld(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var links = ActivatorUtilities.CreateInstance<LineAccountLinks>(app.Services, (TimeProvider)clock);
        var (me, _) = await StaffAsync(app, "official");
        var lineUser = "U" + Guid.NewGuid().ToString("N");
        var (_, old) = await links.IssueAsync(me);
        var (_, expiring) = await links.IssueAsync(me);

        var replaced = Signed(MessageEvent(lineUser, old!.Code, null, false));
        Assert.Equal(LineWebhookOutcome.Handled, await links.HandleWebhookAsync(replaced.Body, replaced.Signature));
        Assert.Null((await PreferenceAsync(app, me.UserId))?.LineUserId);

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var late = Signed(MessageEvent(lineUser, expiring!.Code, null, false));
        Assert.Equal(LineWebhookOutcome.Handled, await links.HandleWebhookAsync(late.Body, late.Signature));
        Assert.Null((await PreferenceAsync(app, me.UserId))?.LineUserId);
    }

    private static string MessageEvent(string lineUserId, string text, string? replyToken, bool redelivery) =>
        JsonSerializer.Serialize(new
        {
            destination = "Uf0a1b2c3d4e5f60718293a4b5c6d7e8f",
            events = new object[]
            {
                new
                {
                    replyToken,
                    type = "message",
                    mode = "active",
                    timestamp = 1733460000000,
                    source = new { type = "user", userId = lineUserId },
                    webhookEventId = "01JEXAMPLE" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
                    deliveryContext = new { isRedelivery = redelivery },
                    message = new { id = "444573844083572737", type = "text", quoteToken = "q3Plxr4AgKd", text },
                },
            },
        });

    private static (byte[] Body, string Signature) Signed(string body) =>
        (Encoding.UTF8.GetBytes(body), LineLinkCodes.Sign(Encoding.UTF8.GetBytes(body), LineLinkApps.ChannelSecret));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body) =>
        PostAsync(client, body, LineLinkCodes.Sign(Encoding.UTF8.GetBytes(body), LineLinkApps.ChannelSecret));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signature is not null)
        {
            request.Headers.Add("x-line-signature", signature);
        }

        return await client.SendAsync(request);
    }

    private static string Text(ReceivedRequest reply)
    {
        using var json = JsonDocument.Parse(reply.Body);
        return json.RootElement.GetProperty("messages")[0].GetProperty("text").GetString()!;
    }

    private static async Task<(Actor Actor, OpsUser User)> StaffAsync(OpsAppFactory app, string userName)
    {
        await using var db = await Notify.DbAsync(app);
        var user = await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (Actor.Staff(user.Id, user.DisplayName, user.ProvinceCode, user.AgencyId, OpsRoles.AgencyStaff), user);
    }

    private static async Task<NotificationPreferenceRow?> PreferenceAsync(OpsAppFactory app, string userId)
    {
        await using var db = await Notify.DbAsync(app);
        return await db.Set<NotificationPreferenceRow>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId);
    }
}
