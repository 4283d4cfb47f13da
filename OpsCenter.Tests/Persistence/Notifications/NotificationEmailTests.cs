using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Notifications;

public sealed class NotificationEmailTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Email_CitizenFilesAReport_ReceivesAThaiMail_WithTheTrackingLink_AndNothingAboutAnyoneElse(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        var address = $"somsri-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("ไฟส่องสว่างดับทั้งซอย ทดสอบอีเมล");
        body["category"] = "lighting";
        body["name"] = "สมศรี ทดสอบ";
        body["email"] = address;
        body["consent"] = true;
        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        var tracking = created.GetProperty("trackingNumber").GetString()!;

        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        await Notify.Dispatcher(app, clock, options).DispatchOnceAsync();

        using var inbox = new Smtp4devInbox();
        var mail = Assert.Single(await inbox.WaitForAsync(address, 1));
        Assert.Equal($"รับเรื่องของท่านแล้ว ({tracking}) / Your report was received ({tracking})", mail.Subject);
        var text = await inbox.PlainTextAsync(mail.Id);
        var html = await inbox.HtmlAsync(mail.Id);
        var link = $"{Notify.BaseUrl}/track/{tracking}";
        Assert.StartsWith("รับเรื่องของท่านแล้ว เรื่อง", text, StringComparison.Ordinal);
        Assert.Contains(link, text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        Assert.Contains("Your report was received", text, StringComparison.Ordinal);
        var row = Assert.Single(await Notify.RowsToAsync(app, address));
        var headers = await inbox.HeadersAsync(mail.Id);
        Assert.Equal($"<n{row.Id}@example.org>", headers["Message-ID"]);
        Assert.StartsWith($"<{Notify.BaseUrl}/notifications/unsubscribe/", headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Contains($"{Notify.BaseUrl}/notifications/unsubscribe/", text, StringComparison.Ordinal);

        await using var db = await Notify.DbAsync(app);
        var staff = await db.Set<OpsUser>().Select(u => new { u.DisplayName, u.Email }).ToListAsync();
        Assert.All(staff, s =>
        {
            Assert.DoesNotContain(s.DisplayName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(s.Email!, text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain("สมศรี", text, StringComparison.Ordinal);
    }
}
