using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Wall;

/// <summary>Reports full of canary personal text reach the wall as public fields only.</summary>
public sealed class WallClassificationTests
{
    public static readonly string[] Canaries =
    [
        "คานารีคำบรรยายบนจอ ลุงสมปองบ้านหลังคาแดง", "คานารีที่อยู่ 88/8 ซอยจอภาพ", "นางคานารี จอใหญ่", "0861239876", "canary.wall@example.org",
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WallSnapshot_CarriesTheCanaryReportsPublicFields_AndNoneOfItsPersonalText(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        await using (var db = DbContexts.For(app.Database))
        {
            var tracking = await WriteCanaryReportAsync(db, new OpsEventBus(Microsoft.Extensions.Logging.Abstractions.NullLogger<OpsEventBus>.Instance));

            var snapshot = await app.Services.GetRequiredService<WallFeed>().GetAsync(new WallView(TestReports.Saraburi, null, 30));

            Assert.Contains(snapshot.Ticker.Items, i => i.TrackingNumber == tracking);
            var json = JsonSerializer.Serialize(snapshot, new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals });
            Assert.Contains(tracking, json, StringComparison.Ordinal);
            Assert.All(Canaries, canary => Assert.DoesNotContain(canary, json, StringComparison.Ordinal));
        }
    }

    /// <summary>An open report long overdue (so the ticker lists it first) whose words, address and contact are canaries.</summary>
    internal static async Task<string> WriteCanaryReportAsync(OpsDbContext db, IOpsEventBus bus)
    {
        var now = TestClock.UtcNow;
        var report = new CitizenReport
        {
            TrackingNumber = TrackingNumbers.New("CNR", Random.Shared),
            ProvinceCode = TestReports.Saraburi,
            Kind = ReportKind.Complaint,
            CategoryCode = "road",
            Description = Canaries[0],
            Address = Canaries[1],
            Latitude = 14.531234,
            Longitude = 100.912345,
            DistrictCode = "1901",
            SubdistrictCode = "190101",
            Status = ReportStatus.Received,
            Channel = ReportChannel.Web,
            ReceivedAt = now.AddDays(-1),
            UpdatedAt = now,
            DueAt = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            StatusNote = Canaries[0],
        };
        db.Add(report);
        await db.SaveChangesAsync();
        db.Add(new ReporterContact { ReportId = report.Id, Name = Canaries[2], Phone = Canaries[3], Email = Canaries[4], ConsentAt = now, ConsentSource = "test" });
        db.Record(new OpsEvent(ReportEvents.Received, report.ProvinceCode, report.Id.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus);
        return report.TrackingNumber;
    }
}
