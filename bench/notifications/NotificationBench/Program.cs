using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Notifications;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using WallBench;

// Two figures, measured in-process against a real PostgreSQL and a real SMTP server (smtp4dev):
//   1. deliveries per second through SMTP with N notifications queued (each to its own address, so no digests);
//   2. time from a report's assignment (the service call returning) to its e-mail in smtp4dev's inbox, p50/p99.
var arguments = Arguments.Parse(args);
var smtp = arguments["smtp"].Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
var (smtpHost, smtpPort) = (smtp["smtp"].Split(':')[0], int.Parse(smtp["smtp"].Split(':')[1], CultureInfo.InvariantCulture));
var queued = int.Parse(arguments.GetValueOrDefault("queued", "10000"), CultureInfo.InvariantCulture);
var samples = int.Parse(arguments.GetValueOrDefault("samples", "100"), CultureInfo.InvariantCulture);

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Postgres",
    ["ConnectionStrings:OpsCenter"] = arguments["pg"],
    ["Demo:Provinces:0"] = "19",
    ["Demo:ReportsPerProvince"] = "400",
    ["Demo:Password"] = "Bench-Password-2569!",
    ["Notifications:Smtp:Host"] = smtpHost,
    ["Notifications:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
    ["Notifications:GatherWindow"] = "00:00:00",
    ["Notifications:PollInterval"] = "00:00:00.200",
}).Build();
var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
services.AddOpsDomain(configuration, Path.GetTempPath());
await using var provider = services.BuildServiceProvider();
Console.Error.WriteLine("== migrate and seed the demo (Saraburi)");
await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
using var inbox = new HttpClient { BaseAddress = new Uri(smtp["api"]) };
var time = provider.GetRequiredService<TimeProvider>();
var dbFactory = provider.GetRequiredService<IDbContextFactory<OpsDbContext>>();

// 1. Throughput.
var run = Guid.NewGuid().ToString("N")[..8];
var now = time.GetUtcNow().UtcDateTime;
await using (var db = await dbFactory.CreateDbContextAsync())
{
    var deliveries = Enumerable.Range(1, queued).Select(i => new PlannedDelivery(
        new Notice($"bench:{run}:{i}", NoticeKinds.CitizenResolved, "19", new NoticeRecipient(null, i, $"bench-{run}-{i}@example.org"),
            new NoticeText($"เรื่องของท่านดำเนินการเสร็จแล้ว ({i})", "Your report was resolved", "เรื่องของท่านดำเนินการเสร็จแล้ว", "Your report was resolved.", "https://ops.example.org/track/X")),
        NotificationChannel.Email, $"bench-{run}-{i}@example.org", now)).ToList();
    await NotificationStore.AddNewAsync(db, deliveries, now, CancellationToken.None);
    await db.SaveChangesAsync();
}

var dispatcher = provider.GetRequiredService<NotificationDispatcher>();
Console.Error.WriteLine($"== send {queued} queued notifications");
var clock = Stopwatch.StartNew();
var sent = 0;
for (var pass = await dispatcher.DispatchOnceAsync(); pass.Claimed > 0; pass = await dispatcher.DispatchOnceAsync())
{
    sent += pass.Sent;
}

clock.Stop();
var arrived = await CountAsync(inbox, $"bench-{run}-");
var perSecond = sent / clock.Elapsed.TotalSeconds;

// 2. Assignment → inbox latency, with the delivery loop running as in the app.
var delivery = ActivatorUtilities.CreateInstance<NotificationDelivery>(provider);
await delivery.StartAsync(CancellationToken.None);
var workflow = provider.GetRequiredService<ReportWorkflowService>();
var official = Actor.Staff("bench-official", "bench", "19", null, OpsRoles.Official);
List<long> reports;
int publicWorks;
await using (var db = await dbFactory.CreateDbContextAsync())
{
    publicWorks = await db.Set<Agency>().Where(a => a.Code == "SRB-PWTP").Select(a => a.Id).SingleAsync();
    var open = ReportStatuses.Open.ToArray();
    reports = await db.Set<CitizenReport>().Where(r => open.Contains(r.Status) && r.OwnerAgencyId != publicWorks && r.AssignedUserId == null)
        .OrderBy(r => r.Id).Select(r => r.Id).Take(samples + 5).ToListAsync();
}

Console.Error.WriteLine($"== {Math.Min(samples, reports.Count)} assignments, each timed to its e-mail in the inbox");
var latencies = new List<double>();
foreach (var id in reports.Take(samples))
{
    string tracking;
    await using (var db = await dbFactory.CreateDbContextAsync())
    {
        tracking = await db.Set<CitizenReport>().Where(r => r.Id == id).Select(r => r.TrackingNumber).SingleAsync();
    }

    var started = Stopwatch.GetTimestamp();
    var error = await workflow.ApplyAsync(id, new WorkRequest(ReportAction.Assign, AgencyId: publicWorks), official);
    if (error is not null)
    {
        continue;
    }

    while (await CountAsync(inbox, tracking) == 0)
    {
        await Task.Delay(5);
    }

    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

await delivery.StopAsync(CancellationToken.None);

var report = new StringBuilder()
    .AppendLine("# Notifications benchmark")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end; PostgreSQL and smtp4dev on loopback; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.")
    .AppendLine()
    .AppendLine("| figure | value |")
    .AppendLine("|---|---|")
    .AppendLine(CultureInfo.InvariantCulture, $"| queued notifications sent through SMTP | {sent} (arrived in smtp4dev: {arrived}) in {clock.Elapsed.TotalSeconds:F1} s |")
    .AppendLine(CultureInfo.InvariantCulture, $"| deliveries per second | {perSecond:F0} |")
    .AppendLine(CultureInfo.InvariantCulture, $"| assignment → e-mail in the inbox, p50 | {Stats.Percentile(latencies, 50):F0} ms ({latencies.Count} samples, gathering window 0) |")
    .AppendLine(CultureInfo.InvariantCulture, $"| assignment → e-mail in the inbox, p99 | {Stats.Percentile(latencies, 99):F0} ms |")
    .AppendLine()
    .AppendLine("With the default `Notifications:GatherWindow` (20 s) staff mail waits for the rest of a burst, so add 20 s to the latency.");
Console.WriteLine(report);
if (arguments.TryGetValue("out", out var path))
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await File.WriteAllTextAsync(path, report.ToString());
}

static async Task<int> CountAsync(HttpClient inbox, string search)
{
    var page = await inbox.GetFromJsonAsync<JsonElement>($"api/messages?pageSize=1&searchTerms={Uri.EscapeDataString(search)}");
    return page.GetProperty("rowCount").GetInt32();
}

internal static class Arguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed[args[i].TrimStart('-')] = args[i + 1];
        }

        return parsed;
    }
}
