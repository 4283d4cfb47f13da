using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace WallBench;

/// <summary>
/// "A citizen posts a report", the one place the benchmark does it. Until the intake API (issue 3) is merged this writes
/// the report and its "report.received" outbox row in one commit through the domain write path; the app instances hear
/// of it through NOTIFY and the outbox, as they hear of each other's writes. At merge it becomes
/// <c>POST {app}/api/reports</c> with <c>{ kind, category, description, lat, long }</c>.
/// </summary>
internal sealed class BenchReports(string connectionString)
{
    private readonly Random _random = new(2569);
    private readonly OpsEventBus _bus = new(NullLogger<OpsEventBus>.Instance);

    public async Task<long> PostAsync(Uri app)
    {
        _ = app;
        var options = new DbContextOptionsBuilder<OpsDbContext>();
        DomainServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, connectionString);
        await using var db = new OpsDbContext(options.Options);
        var now = DateTime.UtcNow;
        var report = new CitizenReport
        {
            TrackingNumber = TrackingNumbers.New("BEN", _random),
            ProvinceCode = "19",
            Kind = ReportKind.Complaint,
            CategoryCode = "road",
            Description = "ถนนชำรุด (รายงานทดสอบประสิทธิภาพ)",
            Latitude = 14.45 + (_random.NextDouble() * 0.2),
            Longitude = 100.85 + (_random.NextDouble() * 0.2),
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
        await db.SaveAndPublishAsync(_bus);
        return report.Id;
    }
}
