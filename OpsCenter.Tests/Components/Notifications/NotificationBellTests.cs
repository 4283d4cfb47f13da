using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Notifications;

namespace OpsCenter.Tests.Components.Notifications;

/// <summary>The header's bell counts the person's unread notifications and counts again, live, when more are planned.</summary>
public sealed class NotificationBellTests : ComponentTest
{
    private const string UserId = "u-bell";
    private readonly TestDatabase _database;

    public NotificationBellTests()
    {
        _database = Services.AddOverEmptyDatabase();
        var auth = AddAuthorization();
        auth.SetAuthorized("bell");
        auth.SetRoles(OpsRoles.AgencyStaff);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId), new Claim(OpsClaims.Province, "19"));
    }

    [Fact]
    public async Task Bell_ShowsNoCount_ThenTheNewCountWhenNotificationsArePlanned()
    {
        var bell = Render<NotificationBell>();
        Assert.Empty(bell.FindAll(".mud-badge-wrapper .mud-badge"));

        await QueueAsync(3);
        Services.GetRequiredService<IOpsEventBus>().Publish(new OpsEvent(NotificationEvents.Planned, "19", "planned", TestClock.UtcNow) { Sequence = 1 });

        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find(".mud-badge").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal("การแจ้งเตือน ยังไม่ได้อ่าน 3 รายการ", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Bell_IgnoresAnotherProvincesNotifications()
    {
        var bell = Render<NotificationBell>();
        await QueueAsync(2);

        Services.GetRequiredService<IOpsEventBus>().Publish(new OpsEvent(NotificationEvents.Planned, "13", "planned", TestClock.UtcNow) { Sequence = 2 });
        Services.GetRequiredService<IOpsEventBus>().Publish(new OpsEvent("report.received", "19", "1", TestClock.UtcNow) { Sequence = 3 });

        // The next planned event of the person's own province is the proof that the two above were looked at and passed over.
        Services.GetRequiredService<IOpsEventBus>().Publish(new OpsEvent(NotificationEvents.Planned, "19", "planned", TestClock.UtcNow) { Sequence = 4 });
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find(".mud-badge").TextContent.Trim()), TimeSpan.FromSeconds(10));
    }

    private async Task QueueAsync(int count)
    {
        var now = TestClock.UtcNow;
        var deliveries = Enumerable.Range(1, count).Select(i => new PlannedDelivery(
            new Notice($"bell:{Guid.NewGuid():N}", NoticeKinds.ReportAssigned, "19", new NoticeRecipient(UserId, null, "bell@example.org"),
                new NoticeText($"เรื่องใหม่ {i}", "New", "ข", "b", "https://ops.example.org/reports/1")),
            NotificationChannel.InApp, UserId, now)).ToList();
        await using var db = DbContexts.For(_database);
        await NotificationStore.AddNewAsync(db, deliveries, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
