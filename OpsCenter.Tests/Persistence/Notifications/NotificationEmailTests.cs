using System.Text.RegularExpressions;
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

public sealed partial class NotificationEmailTests(NotificationApps apps) : IClassFixture<NotificationApps>
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

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Email_StaffWhoPreferEnglish_ReceiveTheEnglishMail_AndThaiStaffTheThaiOne(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        var dispatcher = Notify.Dispatcher(app, clock, options);
        await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
        while ((await dispatcher.DispatchOnceAsync()).Claimed > 0)
        {
        }

        await using var db = await Notify.DbAsync(app);
        var agencyUser = await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == "agency");
        var agency = Actor.Staff(agencyUser.Id, agencyUser.DisplayName, "19", agencyUser.AgencyId, OpsRoles.AgencyStaff);
        var preferences = app.Services.GetRequiredService<NotificationPreferences>();
        Assert.Equal(NoticeLanguage.Thai, (await preferences.MineAsync(agency)).Language);
        Assert.True((await preferences.SaveAsync(agency, new PreferenceInput(true, false, null, null, NoticeLanguage.English))).Succeeded);
        try
        {
            var pwtp = await db.Set<Agency>().AsNoTracking().SingleAsync(a => a.Code == "SRB-PWTP");
            var (english, _) = await FileAndAssignAsync(app, pwtp.Id);
            await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
            await preferences.SaveAsync(agency, new PreferenceInput(true, false, null, null, NoticeLanguage.Thai));
            var (thai, _) = await FileAndAssignAsync(app, pwtp.Id);
            await Notify.PlanAllAsync(Notify.Planner(app, clock, options));
            while ((await dispatcher.DispatchOnceAsync()).Claimed > 0)
            {
            }

            using var inbox = new Smtp4devInbox();
            var mails = await inbox.ToAsync(agencyUser.Email!);
            var inEnglish = Assert.Single(mails, m => m.Subject.Contains(english, StringComparison.Ordinal));
            Assert.Equal($"New report in your queue: {english}", inEnglish.Subject);
            var text = await inbox.PlainTextAsync(inEnglish.Id);
            Assert.StartsWith("The footpaths report", text, StringComparison.Ordinal);
            Assert.Contains($"{Notify.BaseUrl}/reports/", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(ThaiLetters(), text + inEnglish.Subject + await inbox.HtmlAsync(inEnglish.Id));

            var inThai = Assert.Single(mails, m => m.Subject.Contains(thai, StringComparison.Ordinal));
            Assert.Equal($"เรื่องใหม่ในคิวของท่าน: {thai} / New report in your queue: {thai}", inThai.Subject);
            Assert.StartsWith("เรื่องทางเท้า", await inbox.PlainTextAsync(inThai.Id), StringComparison.Ordinal);
        }
        finally
        {
            await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == agencyUser.Id).ExecuteDeleteAsync();
        }
    }

    private static async Task<(string Tracking, long Id)> FileAndAssignAsync(OpsAppFactory app, int agencyId)
    {
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("ทางเท้าชำรุด ทดสอบภาษาอีเมล " + Guid.NewGuid().ToString("N")[..6]);
        body["category"] = "footpath";
        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        var id = created.GetProperty("id").GetInt64();
        var official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);
        Assert.Null(await app.Services.GetRequiredService<ReportWorkflowService>().ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: agencyId), official));
        return (created.GetProperty("trackingNumber").GetString()!, id);
    }

    [GeneratedRegex("[\u0E00-\u0E7F]")]
    private static partial Regex ThaiLetters();
}
