using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public sealed class PersonalDataInLogsTests
{
    private const string CanaryName = "คานารี่ ทดสอบบันทึก";
    private const string CanaryPhone = "0867531902";
    private const string CanaryEmail = "canary.7f3k@example.net";
    private const string CanaryAddress = "บ้านเลขที่ 4417 ซอยคานารี่";

    [Fact]
    public async Task CanaryPersonalData_ThroughIntakeTrackingStaffAndExport_NeverReachesTheLogs()
    {
        var logs = new CapturedLogs();
        await using var app = new LoggedApp(logs);
        await app.InitializeAsync();
        using var citizen = app.CreateClient();

        var tracking = await PrivacyTests.PostWithContactAsync(citizen, CanaryName, CanaryPhone, CanaryEmail);
        using var refused = await citizen.PostAsJsonAsync("/api/reports", new { kind = "complaint", description = "x", name = CanaryName, phone = CanaryPhone, email = "not-an-email " + CanaryEmail, address = CanaryAddress });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        using var withAddress = await citizen.PostAsJsonAsync("/api/reports", new { kind = "need", category = "lighting", description = "ขอไฟถนน (ทดสอบ)", address = CanaryAddress, name = CanaryName, phone = CanaryPhone, consent = true, lat = 14.53, @long = 100.91 });
        Assert.True(withAddress.IsSuccessStatusCode);
        await citizen.GetStringAsync($"/api/reports/{tracking}");
        await citizen.GetStringAsync($"/track/{tracking}");

        using var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin", OpsAppFactory.DemoPassword);
        using var official = app.CreateBrowserLikeClient();
        await official.SignInAsync("official", OpsAppFactory.DemoPassword);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            var id = await db.Set<CitizenReport>().Where(r => r.TrackingNumber == tracking).Select(r => r.Id).SingleAsync();

            // An official: administrators run the system but are not cleared to read personal data.
            await official.GetStringAsync($"/reports/{id}");
            var actor = new Actor(ActorKind.Staff, "official-id", "official", "19", null, new HashSet<string> { OpsCenter.Domain.Common.OpsRoles.Official });
            Assert.NotNull(await app.Services.GetRequiredService<ReporterContacts>().RevealAsync(id, actor));
        }

        await admin.GetStringAsync("/api/reports/export.csv");
        using var export = await admin.PostAsJsonAsync("/api/admin/data-subject", new { phone = CanaryPhone, email = CanaryEmail });
        Assert.True(export.IsSuccessStatusCode);
        Assert.Contains(CanaryName, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True(logs.Records.Count > 50, $"only {logs.Records.Count} log records were captured");
        var leaks = logs.Records.Where(r => Canaries.Any(c => r.Contains(c, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Empty(leaks);
    }

    private static readonly string[] Canaries = [CanaryName, "คานารี่", CanaryPhone, "086-753-1902", "7531902", CanaryEmail, "canary.7f3k", CanaryAddress];

    /// <summary>The app with every log record, at every level and category, captured.</summary>
    private sealed class LoggedApp(CapturedLogs logs) : OpsAppFactory(DatabaseProvider.Sqlite, SecurityApps.Settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(logs);
                logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
            });
        }
    }
}
