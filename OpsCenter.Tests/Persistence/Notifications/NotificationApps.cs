using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Notifications;

/// <summary>
/// The app with e-mail configured (smtp4dev when the test run has one) but its own delivery loop off: tests drive the
/// planner, the dispatcher and the delivery loop themselves, on their own clock.
/// </summary>
public sealed class NotificationApps() : ProviderApps(Settings)
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>(ReportApps.Settings)
    {
        ["Notifications:Enabled"] = "false",
        ["Notifications:PublicBaseUrl"] = Notify.BaseUrl,
        ["Notifications:Smtp:Host"] = TestSmtpServer.IsConfigured ? TestSmtpServer.Host : "127.0.0.1",
        ["Notifications:Smtp:Port"] = TestSmtpServer.IsConfigured ? TestSmtpServer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "9",
    };
}

/// <summary>Helpers the notification tests share: delivery parts on a test's clock and options, and queued notices.</summary>
public static class Notify
{
    public const string BaseUrl = "https://ops.saraburi.example.org";

    public static NotificationsOptions Options(int? smtpPort = null) => new()
    {
        PublicBaseUrl = BaseUrl,
        GatherWindow = TimeSpan.Zero,
        PollInterval = TimeSpan.FromMilliseconds(100),
        Smtp = new SmtpOptions
        {
            Host = TestSmtpServer.IsConfigured ? TestSmtpServer.Host : "127.0.0.1",
            Port = smtpPort ?? (TestSmtpServer.IsConfigured ? TestSmtpServer.Port : 9),
            From = "opscenter@example.org",
        },
    };

    public static NotificationPlanner Planner(OpsAppFactory app, TimeProvider clock, NotificationsOptions options) =>
        ActivatorUtilities.CreateInstance<NotificationPlanner>(app.Services, clock, Microsoft.Extensions.Options.Options.Create(options));

    public static NotificationDispatcher Dispatcher(OpsAppFactory app, TimeProvider clock, NotificationsOptions options)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var http = app.Services.GetRequiredService<IHttpClientFactory>();
        INotificationSender[] senders =
        [
            new EmailSender(wrapped),
            new LineSender(http, wrapped),
            new WebhookSender(http, app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>(), clock),
        ];
        return ActivatorUtilities.CreateInstance<NotificationDispatcher>(app.Services, clock, wrapped, senders);
    }

    public static NotificationDelivery Delivery(OpsAppFactory app, TimeProvider clock, NotificationsOptions options) =>
        ActivatorUtilities.CreateInstance<NotificationDelivery>(app.Services, clock, Microsoft.Extensions.Options.Options.Create(options),
            Planner(app, clock, options), Dispatcher(app, clock, options));

    /// <summary>Queues one e-mail notice per address, due now, as the planner would.</summary>
    public static async Task QueueAsync(OpsAppFactory app, IEnumerable<(string Kind, string Address, string Subject)> notices, DateTime now)
    {
        var deliveries = notices.Select(n => new PlannedDelivery(
            new Notice($"test:{Guid.NewGuid():N}", n.Kind, "19", new NoticeRecipient("u-test", null, n.Address),
                new NoticeText(n.Subject, "Test", $"เนื้อหา {n.Subject}", $"Body {n.Subject}", $"{BaseUrl}/reports/1")),
            NotificationChannel.Email, n.Address, now)).ToList();
        await using var db = await DbAsync(app);
        await NotificationStore.AddNewAsync(db, deliveries, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public static async Task<OpsDbContext> DbAsync(OpsAppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();

    public static async Task<List<Notification>> RowsToAsync(OpsAppFactory app, string addressPart)
    {
        await using var db = await DbAsync(app);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.Address.Contains(addressPart)).OrderBy(n => n.Id).ToListAsync();
    }

    public static async Task PlanAllAsync(NotificationPlanner planner)
    {
        while ((await planner.PlanOnceAsync()).More)
        {
        }
    }
}
