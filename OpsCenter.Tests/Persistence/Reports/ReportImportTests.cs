using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

public sealed class ReportImportTests(ReportApps apps) : IClassFixture<ReportApps>
{
    [SharedDataFact]
    public async Task RealBangkokExport_AsIs_IsReadWhole_AndEveryRowIsReportedAsOutsideTheProvince()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var importer = app.Services.GetRequiredService<ReportImporter>();
        await using var file = File.OpenRead(SharedData.PathOf(TraffyFiles.Canonical));

        var result = await importer.ImportAsync(file, ImportSource.Traffy, "canonical.csv", TestAdmins.Steward());

        // 1,000 rows despite the BOM and 390 comments with line breaks inside quotes; 12 rows have no ticket id at all,
        // and "กรุงเทพมหานคร" and "จังหวัดกรุงเทพมหานคร" are one province.
        Assert.Null(result.FatalError);
        Assert.Equal(1000, result.Rows);
        Assert.Equal(0, result.Accepted);
        Assert.Equal(1000, result.RejectedCount);
        Assert.Equal(12, result.Rejections.Count(r => r.Reason.Contains("No ticket_id", StringComparison.Ordinal)));
        // Refused by place: a point in a province not served, or a row naming one province with its point in another.
        Assert.Equal(988, result.Rejections.Count(r => r.Reason.Contains("which this system does not serve", StringComparison.Ordinal)
                                                       || r.Reason.Contains("but its point is in", StringComparison.Ordinal)));
        Assert.Equal(988, result.OutsideProvinceByName.Values.Sum());
        Assert.True(result.OutsideProvinceByName["กรุงเทพมหานคร"] > 980);
        Assert.Contains(result.Rejections, r => r.ExternalId == "2023-FCX4QQ" && r.Row == 2);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Set<CitizenReport>().AnyAsync(r => r.ExternalId == "2023-FCX4QQ"));
    }

    [SharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CanonicalExport_MovedIntoSaraburi_IsAcceptedThenIdempotentThenUpdated(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var importer = app.Services.GetRequiredService<ReportImporter>();
        var events = new List<OpsEvent>();
        using var subscription = app.Services.GetRequiredService<IOpsEventBus>().Subscribe((e, _) =>
        {
            lock (events)
            {
                events.Add(e);
            }

            return Task.CompletedTask;
        });
        var moved = TraffyFiles.Relocated(TraffyFiles.Canonical);
        var finished = TraffyFiles.Relocated(TraffyFiles.Canonical, changeState: id => id == "2023-FCX4QQ" ? "เสร็จสิ้น" : null);

        var first = await ImportAsync(importer, moved);
        var second = await ImportAsync(importer, moved);
        var third = await ImportAsync(importer, finished);

        var inside = TraffyFiles.CountInsideWithId(moved);
        Assert.Equal(1000, first.Rows);
        Assert.Equal(inside, first.Accepted);
        Assert.Equal(1000 - inside, first.RejectedCount);
        Assert.Equal((0, inside, 0), (second.Accepted, second.Unchanged, second.Updated));
        Assert.Equal((0, inside - 1, 1), (third.Accepted, third.Unchanged, third.Updated));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var stored = await db.Set<CitizenReport>().Where(r => r.Channel == ReportChannel.Traffy && r.ExternalId != null).Select(r => r.ExternalId!).ToListAsync();
        Assert.Equal(inside, stored.Intersect(TraffyFiles.TicketIds(moved)).Count());
        var ticket = await db.Set<CitizenReport>().SingleAsync(r => r.Channel == ReportChannel.Traffy && r.ExternalId == "2023-FCX4QQ");
        Assert.Equal(ReportStatus.Resolved, ticket.Status);
        Assert.Equal("เสร็จสิ้น", ticket.ExternalStatus);
        Assert.Equal(new DateTime(2023, 5, 12, 13, 27, 54, DateTimeKind.Utc), ticket.ReceivedAt.AddTicks(-(ticket.ReceivedAt.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Contains('\n', ticket.Description);
        Assert.StartsWith("19", ticket.SubdistrictCode, StringComparison.Ordinal);
        Assert.Equal(TrackingNumbers.ForExternal("SRB", ReportChannel.Traffy, "2023-FCX4QQ"), ticket.TrackingNumber);
        Assert.Single(await db.Set<ReportTimelineEntry>().Where(t => t.ReportId == ticket.Id && t.Kind == TimelineKind.Imported).ToListAsync());

        // Subscribers are served from their own queues, after the publisher has moved on.
        await Domain.Events.OpsEventBusTests.Until(() =>
        {
            lock (events)
            {
                return events.Count(e => e.Kind == ReportEvents.Imported) == 3;
            }
        });
    }

    [SharedDataTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportWithSwappedCoordinateColumns_IsPlacedByItsValues(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var importer = app.Services.GetRequiredService<ReportImporter>();

        var result = await ImportAsync(importer, TraffyFiles.Relocated(TraffyFiles.WithDurations, keepOutsideEvery: 1_000_000));

        Assert.Equal(2000, result.Rows);
        Assert.Equal(2000, result.Accepted + result.RejectedCount);
        Assert.True(result.Accepted >= 1990, $"accepted {result.Accepted}: {string.Join("; ", result.Rejections.Take(5).Select(r => r.Reason))}");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var ticket = await db.Set<CitizenReport>().SingleAsync(r => r.Channel == ReportChannel.Traffy && r.ExternalId == "2023-G7DEV8");
        Assert.InRange(ticket.Latitude!.Value, 14.0, 15.2);
        Assert.InRange(ticket.Longitude!.Value, 100.5, 101.5);

        // 28/11/2023 21:01 Bangkok time.
        Assert.Equal(new DateTime(2023, 11, 28, 14, 1, 0, DateTimeKind.Utc), ticket.ReceivedAt);
        Assert.Equal(ReportStatus.Received, ticket.Status);
        Assert.Equal("start", ticket.ExternalStatus);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CommunityForumTemplate_ImportsThroughTheSamePath_AndReportsBadRows(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var template = await client.GetStringAsync("/api/reports/import/community-forum-template.csv");
        var csv = template.TrimEnd('\n') + "\n" +
                  $"F-{provider}-3,20/01/2569,เวทีตำบลทดสอบ,1001,,หมู่ 1,need,road,ขอถนนใหม่ทั้งสาย,5,,\n" +
                  $"F-{provider}-4,20/01/2569,เวทีตำบลทดสอบ,1903,,หมู่ 2,need,road,,5,,\n" +
                  $"F-{provider}-5,not a date,เวทีตำบลทดสอบ,1903,,หมู่ 2,need,road,ขอไฟฟ้าเข้าหมู่บ้าน,5,,\n" +
                  $"F-{provider}-6,2026-01-20,เวทีตำบลทดสอบ,1903,,หมู่ 4,ความต้องการ,แสงสว่าง,ขอไฟฟ้าส่องสว่างถนนเข้าหมู่บ้าน,41,,\n";
        csv = csv.Replace("SRB-F-2569-001", $"F-{provider}-tpl", StringComparison.Ordinal);

        var result = await app.Services.GetRequiredService<ReportImporter>()
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ImportSource.CommunityForum, "forum.csv", TestAdmins.Steward());

        Assert.Equal((6, 3, 3), (result.Rows, result.Accepted, result.RejectedCount));
        Assert.Contains(result.Rejections, r => r.ExternalId == $"F-{provider}-3" && r.Reason.Contains("outside the province", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Row == 5 && r.Reason.Contains("description", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Row == 6 && r.Reason.Contains("forum_date", StringComparison.Ordinal));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var lights = await db.Set<CitizenReport>().SingleAsync(r => r.ExternalId == $"F-{provider}-6");
        Assert.Equal((ReportChannel.CommunityForum, ReportKind.Need, "lighting", 41), (lights.Channel, lights.Kind, lights.CategoryCode, lights.ReporterCount));
        var water = await db.Set<CitizenReport>().SingleAsync(r => r.ExternalId == $"F-{provider}-tpl-01");
        Assert.Equal(("190201", 27), (water.SubdistrictCode, water.ReporterCount));

        // 15/01/2569 is a Buddhist-era date: 15 January 2026, Bangkok midnight.
        Assert.Equal(new DateTime(2026, 1, 14, 17, 0, 0, DateTimeKind.Utc), water.ReceivedAt);
    }

    [Fact]
    public async Task FileWithoutTheNeededColumns_IsRefusedWhole()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        var csv = "id,text\n1,hello\n"u8.ToArray();

        var result = await app.Services.GetRequiredService<ReportImporter>().ImportAsync(new MemoryStream(csv), ImportSource.Traffy, "x.csv", TestAdmins.Steward());

        Assert.Contains("ticket_id", result.FatalError, StringComparison.Ordinal);
    }

    private static async Task<ImportResult> ImportAsync(ReportImporter importer, string path)
    {
        await using var file = File.OpenRead(path);
        var result = await importer.ImportAsync(file, ImportSource.Traffy, Path.GetFileName(path), TestAdmins.Steward());
        Assert.Null(result.FatalError);
        return result;
    }
}
