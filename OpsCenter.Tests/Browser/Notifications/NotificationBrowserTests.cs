using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Browser.Notifications;

/// <summary>A person signed in sees their unread count in the header, opens the centre, reads one, and both counts drop, live.</summary>
public sealed class NotificationBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Centre_TheBellCountsUnread_ReadingOneLowersTheCount()
    {
        string userId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            userId = await db.Set<OpsUser>().Where(u => u.UserName == "steward").Select(u => u.Id).SingleAsync();
            var now = TestClock.UtcNow;
            // Planned as on an installation with no e-mail or LINE: the centre is the only place they go.
            var deliveries = Enumerable.Range(1, 2).SelectMany(i => ChannelPlan.For(
                new Notice($"browser:{Guid.NewGuid():N}", NoticeKinds.DatasetOverdue, "19", new NoticeRecipient(userId, null, "steward@demo.example.org"),
                    new NoticeText($"ชุดข้อมูลเกินกำหนดปรับปรุง: ทดสอบ {i}", "Dataset overdue", "ข", "b", "/catalog")),
                NotificationPreference.Default, new HashSet<NotificationChannel>(), now, TimeSpan.FromSeconds(20))).ToList();
            await NotificationStore.AddNewAsync(db, deliveries, now, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var unread = await app.Services.GetRequiredService<NotificationCentre>().UnreadCountAsync(OpsCenter.Domain.Common.Actor.Staff(userId, "steward", "19", null, OpsCenter.Domain.Common.OpsRoles.DataSteward));
        await using var context = await Chromium.NewContextAsync(app.ServerAddress, Display.Desk);
        var page = await BrowserSignIn.NewPageAsync(context, "steward");
        await page.GotoAsync("/notifications");

        await Assertions.Expect(page.Locator("[data-testid=notification-badge] .mud-badge")).ToHaveTextAsync(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=notifications-unread]")).ToContainTextAsync($"ยังไม่ได้อ่าน {unread} รายการ");
        await Assertions.Expect(page.Locator("[data-testid=notification-row]").First).ToContainTextAsync("ชุดข้อมูลเกินกำหนดปรับปรุง: ทดสอบ 2");

        await Assertions.Expect(page.Locator("[data-ops-interactive=true]")).ToBeAttachedAsync();
        await page.Locator("[data-testid=notification-mark-read]").First.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=notifications-unread]")).ToContainTextAsync($"ยังไม่ได้อ่าน {unread - 1} รายการ");
        await Assertions.Expect(page.Locator("[data-testid=notification-badge] .mud-badge")).ToHaveTextAsync((unread - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
