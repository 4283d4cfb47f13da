using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Notifications;

public sealed class NotificationCentreTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Centre_ShowsAPersonTheirOwnOnly_AndTheUnreadCountFallsAsTheyRead(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var centre = app.Services.GetRequiredService<NotificationCentre>();
        var (me, other) = (await ActorAsync(app, "agency"), await ActorAsync(app, "steward"));
        var before = await centre.UnreadCountAsync(me);
        await QueueForAsync(app, me.UserId, 3);
        await QueueForAsync(app, other.UserId, 2);

        var mine = (await centre.MineAsync(me, new PageRequest())).Rows;
        Assert.Equal(before + 3, await centre.UnreadCountAsync(me));
        Assert.True(await centre.MarkReadAsync(me, mine[0].Id));
        Assert.False(await centre.MarkReadAsync(other, mine[1].Id));

        Assert.Equal(before + 2, await centre.UnreadCountAsync(me));
        Assert.NotNull((await centre.MineAsync(me, new PageRequest())).Rows.Single(n => n.Id == mine[0].Id).ReadAt);
        Assert.DoesNotContain((await centre.MineAsync(other, new PageRequest(Size: PageRequest.MaxSize))).Rows, n => mine.Any(m => m.Id == n.Id));
        Assert.Empty((await centre.MineAsync(Actor.Anonymous, new PageRequest())).Rows);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resend_ADeadLetter_GoesBackToTheQueue_ForAnAdminOfItsProvinceOnly(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var centre = app.Services.GetRequiredService<NotificationCentre>();
        var admin = await ActorAsync(app, "admin");
        var agency = await ActorAsync(app, "agency");
        var foreignAdmin = Actor.Staff("pte-admin-id", "admin", "13", null, OpsRoles.Admin);
        var run = Guid.NewGuid().ToString("N");
        await Notify.QueueAsync(app, [(NoticeKinds.ReportOverdue, $"dead-{run}@example.org", "เกินกำหนด")], TestClock.UtcNow);
        await using (var db = await Notify.DbAsync(app))
        {
            await db.Set<Notification>().Where(n => n.Address.Contains(run)).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Failed).SetProperty(n => n.Attempts, 8).SetProperty(n => n.LastError, "SMTP 550"));
        }

        var dead = Assert.Single((await centre.DeliveriesAsync(admin, NotificationStatus.Failed, new PageRequest(Size: PageRequest.MaxSize))).Rows, d => d.Address.Contains(run, StringComparison.Ordinal));
        Assert.Equal("SMTP 550", dead.LastError);
        Assert.Empty((await centre.DeliveriesAsync(agency, null, new PageRequest())).Rows);
        Assert.True((await centre.ResendAsync(agency, dead.Id)).NotFound);
        Assert.True((await centre.ResendAsync(foreignAdmin, dead.Id)).NotFound);

        Assert.True((await centre.ResendAsync(admin, dead.Id)).Succeeded);

        var row = Assert.Single(await Notify.RowsToAsync(app, run));
        Assert.Equal((NotificationStatus.Pending, 0), (row.Status, row.Attempts));
        Assert.Equal("status", Assert.Single((await centre.ResendAsync(admin, dead.Id)).Errors).Field);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CentreAndDeliveries_ArePagedInTheDatabase_NewestFirst_AndBadPagingIsRefusedNamingTheField(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var centre = app.Services.GetRequiredService<NotificationCentre>();
        var me = await ActorAsync(app, "official");
        var admin = await ActorAsync(app, "admin");
        await QueueForAsync(app, me.UserId, 7);
        var run = Guid.NewGuid().ToString("N");
        await Notify.QueueAsync(app, Enumerable.Range(1, 5).Select(i => (NoticeKinds.ReportOverdue, $"paged-{run}-{i}@example.org", $"เกินกำหนด {i}")), TestClock.UtcNow);

        var first = await centre.MineAsync(me, new PageRequest(0, 3));
        var second = await centre.MineAsync(me, new PageRequest(3, 3));
        var all = await centre.MineAsync(me, new PageRequest(0, PageRequest.MaxSize));

        Assert.Equal(7, first.Total);
        Assert.Equal(all.Rows.Select(r => r.Id).Take(6), first.Rows.Concat(second.Rows).Select(r => r.Id));
        Assert.Equal(all.Rows.Select(r => r.Id).OrderDescending(), all.Rows.Select(r => r.Id));
        var bySubject = await centre.MineAsync(me, new PageRequest(0, 10, nameof(NotificationItem.Subject)));
        Assert.Equal(bySubject.Rows.Select(r => r.Subject).Order(StringComparer.Ordinal), bySubject.Rows.Select(r => r.Subject));

        var waiting = await centre.DeliveriesAsync(admin, NotificationStatus.Pending, new PageRequest(0, 2, nameof(DeliveryItem.Attempts), true));
        Assert.Equal(2, waiting.Rows.Count);
        Assert.True(waiting.Total >= 5);
        Assert.DoesNotContain((await centre.DeliveriesAsync(admin, null, new PageRequest(0, PageRequest.MaxSize))).Rows, d => d.Channel == NotificationChannel.InApp);

        Assert.Equal("size", (await centre.MineAsync(me, new PageRequest(0, PageRequest.MaxSize + 1))).Error!.Field);
        Assert.Equal("offset", (await centre.MineAsync(me, new PageRequest(-1, 10))).Error!.Field);
        Assert.Equal("sort", (await centre.MineAsync(me, new PageRequest(0, 10, "BodyTh"))).Error!.Field);
        Assert.Equal("size", (await centre.DeliveriesAsync(admin, null, new PageRequest(0, 0))).Error!.Field);
        Assert.Equal("sort", (await centre.DeliveriesAsync(admin, null, new PageRequest(0, 10, "ClaimToken"))).Error!.Field);
        Assert.StartsWith("ขนาดหน้าต้องอยู่ระหว่าง 1 ถึง 200", (await centre.DeliveriesAsync(admin, null, new PageRequest(0, 201))).Error!.Thai, StringComparison.Ordinal);
    }

    private static async Task<Actor> ActorAsync(OpsAppFactory app, string userName)
    {
        await using var db = await Notify.DbAsync(app);
        var user = await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == userName);
        var role = userName switch { "admin" => OpsRoles.Admin, "steward" => OpsRoles.DataSteward, "official" => OpsRoles.Official, _ => OpsRoles.AgencyStaff };
        return Actor.Staff(user.Id, user.DisplayName, user.ProvinceCode, user.AgencyId, role);
    }

    private static async Task QueueForAsync(OpsAppFactory app, string userId, int count)
    {
        var now = TestClock.UtcNow;
        var deliveries = Enumerable.Range(1, count).Select(i => new PlannedDelivery(
            new Notice($"centre:{Guid.NewGuid():N}", NoticeKinds.ReportAssigned, "19", new NoticeRecipient(userId, null, $"{userId}@example.org"),
                new NoticeText($"เรื่องใหม่ {i}", "New", "ข", "b", $"{Notify.BaseUrl}/reports/{i}")),
            NotificationChannel.InApp, userId, now)).ToList();
        await using var db = await Notify.DbAsync(app);
        await NotificationStore.AddNewAsync(db, deliveries, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}

public sealed class NotificationPreferencesTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Preferences_SavedForThePersonOnly_RefusedInThaiWhenHalfDone_LineOnlyOnceLinked_AndUsedByThePlanner(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var preferences = app.Services.GetRequiredService<NotificationPreferences>();
        await using var db = await Notify.DbAsync(app);
        var user = await db.Set<OpsUser>().AsNoTracking().SingleAsync(u => u.UserName == "steward");
        var me = Actor.Staff(user.Id, user.DisplayName, "19", user.AgencyId, OpsRoles.DataSteward);
        var lineId = "U" + new string('a', 32);

        var halfDone = await preferences.SaveAsync(me, new PreferenceInput(true, false, new TimeOnly(22, 0), null));
        Assert.Equal("quietUntil", Assert.Single(halfDone.Errors).Field);
        Assert.StartsWith("กรุณาระบุทั้งเวลาเริ่ม", halfDone.Errors[0].Thai, StringComparison.Ordinal);
        Assert.True((await preferences.SaveAsync(Actor.Anonymous, new PreferenceInput(true, false, null, null))).NotFound);
        Assert.Equal("language", Assert.Single((await preferences.SaveAsync(me, new PreferenceInput(true, false, null, null, (NoticeLanguage)7))).Errors).Field);

        // LINE only once the official account has bound a LINE user to this account: nobody types an id.
        var unlinked = await preferences.SaveAsync(me, new PreferenceInput(false, true, new TimeOnly(22, 0), new TimeOnly(7, 0), NoticeLanguage.English));
        Assert.Equal("line", Assert.Single(unlinked.Errors).Field);
        db.Add(new NotificationPreferenceRow { UserId = user.Id, LineUserId = lineId });
        await db.SaveChangesAsync();
        Assert.True((await preferences.SaveAsync(me, new PreferenceInput(false, true, new TimeOnly(22, 0), new TimeOnly(7, 0), NoticeLanguage.English))).Succeeded);

        Assert.Equal(new PreferenceInput(false, true, new TimeOnly(22, 0), new TimeOnly(7, 0), NoticeLanguage.English), await preferences.MineAsync(me));
        var people = await app.Services.GetRequiredService<NotificationAudience>().ProvinceAsync("19", CancellationToken.None);
        var stored = people.PreferenceOf(user.Id);
        Assert.Equal((false, true, lineId, NoticeLanguage.English), (stored.Email, stored.Line, stored.LineUserId, stored.Language));
        Assert.True(stored.Quiet.Contains(ThaiCalendar.FromBangkok(new DateTime(2026, 3, 6, 23, 30, 0))));
        await db.Set<NotificationPreferenceRow>().Where(p => p.UserId == user.Id).ExecuteDeleteAsync();
    }
}

public sealed class AgencyWebhooksTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Webhooks_AnAdminRegistersOneForTheirProvincesAgency_WithASecretOnce_AndSwitchesItOff(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var webhooks = app.Services.GetRequiredService<AgencyWebhooks>();
        await using var db = await Notify.DbAsync(app);
        var pwtp = await db.Set<OpsCenter.Domain.Agencies.Agency>().AsNoTracking().SingleAsync(a => a.Code == "SRB-PWTP");
        var admin = Actor.Staff("admin-id", "admin", "19", null, OpsRoles.Admin);
        var foreignAdmin = Actor.Staff("pte-admin-id", "admin", "13", null, OpsRoles.Admin);
        var official = Actor.Staff("official-id", "official", "19", null, OpsRoles.Official);

        Assert.Equal("url", Assert.Single((await webhooks.AddAsync(admin, pwtp.Id, "ftp://x")).Result.Errors).Field);
        Assert.True((await webhooks.AddAsync(foreignAdmin, pwtp.Id, "https://works.example.org/hook")).Result.NotFound);
        Assert.True((await webhooks.AddAsync(official, pwtp.Id, "https://works.example.org/hook")).Result.NotFound);
        var (added, secret) = await webhooks.AddAsync(admin, pwtp.Id, "https://works.example.org/hook");

        Assert.True(added.Succeeded);
        Assert.Equal(64, secret!.Length);
        var listed = Assert.Single(await webhooks.ListAsync(admin), w => w.Id == added.Id);
        Assert.Equal(("https://works.example.org/hook", true), (listed.Url, listed.Enabled));
        Assert.DoesNotContain(secret, listed.ToString(), StringComparison.Ordinal);
        Assert.Empty(await webhooks.ListAsync(foreignAdmin));

        Assert.True((await webhooks.SetEnabledAsync(admin, (int)added.Id!, false)).Succeeded);
        Assert.False((await webhooks.ListAsync(admin)).Single(w => w.Id == added.Id).Enabled);
    }
}
