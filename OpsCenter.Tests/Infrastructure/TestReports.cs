using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// "A citizen posts a report" for tests that watch what follows (wall tiles, hub messages, other instances).
/// The one place that knows how: until the intake API (issue 3) is merged it writes a report through the domain write
/// path (the report, its "report.received" outbox row, one commit) into the running app's database, and the app hears of
/// it through the outbox relay exactly as it hears of another instance's writes. At merge this becomes
/// <c>POST {app}/api/reports</c> with <c>{ kind, category, description, lat, long }</c>.
/// </summary>
public static class TestReports
{
    public const string Saraburi = "19";

    /// <summary>Posts a complaint located in Mueang Saraburi; returns its id.</summary>
    public static async Task<long> PostAsync(Uri app, TestDatabase database, string category = "road", double lat = 14.53, double lon = 100.91, CancellationToken ct = default)
    {
        _ = app;
        var now = DateTime.UtcNow;
        await using var db = Persistence.DbContexts.For(database);
        var report = new CitizenReport
        {
            TrackingNumber = TrackingNumbers.New("TST", Random.Shared),
            ProvinceCode = Saraburi,
            Kind = ReportKind.Complaint,
            CategoryCode = category,
            Description = "ถนนชำรุด (รายงานทดสอบ)",
            Latitude = lat,
            Longitude = lon,
            DistrictCode = "1901",
            SubdistrictCode = "190101",
            Status = ReportStatus.Received,
            Channel = ReportChannel.Web,
            ReceivedAt = now,
            UpdatedAt = now,
            DueAt = now.AddHours(72),
        };
        db.Add(report);
        db.Record(report, r => new OpsEvent("report.received", r.ProvinceCode, r.Id.ToString(CultureInfo.InvariantCulture), now));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        await db.SaveAndPublishAsync(bus, ct);
        return report.Id;
    }
}
