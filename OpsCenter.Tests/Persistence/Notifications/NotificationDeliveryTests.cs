using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Notifications;

public sealed class NotificationDeliveryTests(NotificationApps apps) : IClassFixture<NotificationApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dispatcher_ServerDown_RetriesWithBackOff_ThenDeadLettersWithTheReason(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options(smtpPort: ClosedPort());
        options.MaxAttempts = 2;
        var run = Guid.NewGuid().ToString("N");
        await Notify.QueueAsync(app, [(NoticeKinds.ReportOverdue, $"down-{run}@example.org", "เกินกำหนด")], clock.GetUtcNow().UtcDateTime);
        var dispatcher = Notify.Dispatcher(app, clock, options);

        await DispatchUntilIdleAsync(dispatcher);
        var afterFirst = Assert.Single(await Notify.RowsToAsync(app, run));
        Assert.Equal((NotificationStatus.Pending, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Equal(clock.GetUtcNow().UtcDateTime + options.RetryBase, afterFirst.NotBefore, TimeSpan.FromMilliseconds(1));
        Assert.StartsWith("SMTP", afterFirst.LastError, StringComparison.Ordinal);

        await DispatchUntilIdleAsync(dispatcher);
        Assert.Equal(1, (await Notify.RowsToAsync(app, run))[0].Attempts);

        clock.Advance(options.RetryBase);
        await DispatchUntilIdleAsync(dispatcher);
        var dead = Assert.Single(await Notify.RowsToAsync(app, run));
        Assert.Equal((NotificationStatus.Failed, 2), (dead.Status, dead.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(dead.LastError));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dispatcher_AnAddressThatIsNoAddress_IsDeadLetteredAtOnce(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var run = Guid.NewGuid().ToString("N");
        await Notify.QueueAsync(app, [(NoticeKinds.ReportOverdue, $"not an address {run}", "เกินกำหนด")], clock.GetUtcNow().UtcDateTime);

        await DispatchUntilIdleAsync(Notify.Dispatcher(app, clock, Notify.Options()));

        var dead = Assert.Single(await Notify.RowsToAsync(app, run));
        Assert.Equal((NotificationStatus.Failed, 1), (dead.Status, dead.Attempts));
        Assert.Contains("invalid e-mail address", dead.LastError, StringComparison.Ordinal);
    }

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Delivery_KilledMidBurst_EveryNotificationArrivesExactlyOnceAfterRestart(DatabaseProvider provider)
    {
        const int burst = 60;
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var options = Notify.Options();
        options.BatchSize = 7;
        var run = Guid.NewGuid().ToString("N")[..12];
        await Notify.QueueAsync(app, Enumerable.Range(1, burst).Select(i => (NoticeKinds.CitizenResolved, $"kill-{run}-{i}@example.org", $"ข้อความที่ {i}")),
            clock.GetUtcNow().UtcDateTime);
        using var inbox = new Smtp4devInbox();

        var first = Notify.Delivery(app, clock, options);
        await first.StartAsync(CancellationToken.None);
        var beforeKill = await inbox.WaitForAsync($"kill-{run}", burst / 3);
        using (var killed = new CancellationTokenSource())
        {
            await killed.CancelAsync();

            // A stop that waits for nothing: the loop is abandoned wherever it is, with rows it claimed left claimed.
            await first.StopAsync(killed.Token);
        }

        await first.ExecuteTask!;
        var rows = await Notify.RowsToAsync(app, run);
        Assert.InRange(beforeKill.Count, burst / 3, burst - 1);
        Assert.Contains(rows, r => r.Status != NotificationStatus.Sent);

        // The restarted instance finds the dead one's claims in doubt once their lease is over, and sends them.
        clock.Advance(options.ClaimLease + TimeSpan.FromSeconds(1));
        var second = Notify.Delivery(app, clock, options);
        await second.StartAsync(CancellationToken.None);
        var arrived = await inbox.WaitForAsync($"kill-{run}", burst);
        await second.StopAsync(CancellationToken.None);

        Assert.Equal(burst, arrived.Count);
        Assert.Equal(Enumerable.Range(1, burst).Select(i => $"kill-{run}-{i}@example.org").Order(StringComparer.Ordinal),
            arrived.Select(m => m.To.Single()).Order(StringComparer.Ordinal));
        Assert.All(await Notify.RowsToAsync(app, run), r => Assert.Equal(NotificationStatus.Sent, r.Status));
    }

    [SmtpTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dispatcher_ABurstForOnePerson_ArrivesAsOneDigest_InThai(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var clock = TestClock.Manual();
        var run = Guid.NewGuid().ToString("N")[..12];
        var address = $"burst-{run}@example.org";
        await Notify.QueueAsync(app, Enumerable.Range(1, 40).Select(i => (NoticeKinds.ReportOverdue, address, $"เกินกำหนด: เรื่อง SRB-{i:000}")), clock.GetUtcNow().UtcDateTime);

        var result = await Notify.Dispatcher(app, clock, Notify.Options()).DispatchOnceAsync();

        Assert.Equal((40, 1), (result.Sent, result.Messages));
        using var inbox = new Smtp4devInbox();
        var mail = Assert.Single(await inbox.WaitForAsync(address, 1));
        Assert.Equal("สรุปการแจ้งเตือน 40 รายการ / 40 notifications", mail.Subject);
        var text = await inbox.PlainTextAsync(mail.Id);
        Assert.Contains("ท่านมีการแจ้งเตือน 40 รายการ", text, StringComparison.Ordinal);
        Assert.Contains("เกินกำหนด: เรื่อง SRB-040", text, StringComparison.Ordinal);
        Assert.All(await Notify.RowsToAsync(app, run), r => Assert.Equal((NotificationStatus.Sent, 40), (r.Status, r.SentInBatchOf)));
    }

    private static async Task DispatchUntilIdleAsync(NotificationDispatcher dispatcher)
    {
        while ((await dispatcher.DispatchOnceAsync()).Claimed > 0)
        {
        }
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
