using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>"A citizen posts a report" for tests that watch what follows (wall tiles, hub messages, other instances).</summary>
public static class TestReports
{
    public const string Saraburi = "19";

    /// <summary>Pak Phriao, Mueang Saraburi.</summary>
    private const double Lat = 14.53;
    private const double Long = 100.91;

    /// <summary>
    /// Posts a complaint located in Mueang Saraburi through the public intake API of the app listening at
    /// <paramref name="app"/>, as a citizen's phone would; returns its id.
    /// </summary>
    public static async Task<long> PostAsync(Uri app, string category = "road", CancellationToken ct = default)
    {
        using var client = new HttpClient { BaseAddress = app };
        using var response = await client.PostAsJsonAsync(
            "/api/reports",
            new { kind = "complaint", category, description = "ถนนชำรุดเป็นหลุมลึก (รายงานทดสอบ)", lat = Lat, @long = Long },
            ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/reports answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>
    /// Writes a report through the domain write path (the report and its "report.received" outbox row in one commit)
    /// from outside the app, as another instance or a CLI verb would; the app hears of it only through the outbox relay.
    /// </summary>
    public static async Task<long> WriteFromAnotherProcessAsync(
        TestDatabase database, string category = "road", string subdistrictCode = "190101", TimeSpan? age = null, CancellationToken ct = default)
    {
        var now = TestClock.UtcNow;
        var received = now - (age ?? TimeSpan.Zero);
        await using var db = DbContexts.For(database);
        var report = new CitizenReport
        {
            TrackingNumber = TrackingNumbers.New("TST", Random.Shared),
            ProvinceCode = Saraburi,
            Kind = ReportKind.Complaint,
            CategoryCode = category,
            Description = "ถนนชำรุด (รายงานทดสอบ)",
            Latitude = Lat,
            Longitude = Long,
            DistrictCode = subdistrictCode[..4],
            SubdistrictCode = subdistrictCode,
            Status = ReportStatus.Received,
            Channel = ReportChannel.Web,
            ReceivedAt = received,
            UpdatedAt = received,
            DueAt = received.AddHours(72),
        };
        db.Add(report);
        db.Record(report, r => new OpsEvent(ReportEvents.Received, r.ProvinceCode, r.Id.ToString(CultureInfo.InvariantCulture), now));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        await db.SaveAndPublishAsync(bus, ct);
        return report.Id;
    }
}
