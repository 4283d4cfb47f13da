using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Workflow;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Reports;

namespace OpsCenter.Tests.Persistence.Reports;

public sealed class ReportWorkflowServiceTests(ReportApps apps) : IClassFixture<ReportApps>
{
    private static readonly Actor Official = Actor.Staff("official-id", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondReportNearby_IsSuggested_AndMergingKeepsTheCountOfCitizens(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid("สุนัขจรจัดไล่กัดเด็กหน้าโรงเรียน " + provider);
        body["category"] = "stray-animals";
        body["lat"] = 14.6003;
        body["long"] = 101.0871;
        var first = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        body["lat"] = 14.6004;
        var second = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, body));
        var firstId = first.GetProperty("id").GetInt64();
        var secondId = second.GetProperty("id").GetInt64();
        Assert.Equal(firstId, (await LoadAsync(app, secondId)).PossibleDuplicateOfId);

        var workflow = app.Services.GetRequiredService<ReportWorkflowService>();
        var error = await workflow.ApplyAsync(secondId, new WorkRequest(ReportAction.MarkDuplicate, DuplicateOfId: firstId), Official);

        Assert.Null(error);
        var primary = await LoadAsync(app, firstId);
        var duplicate = await LoadAsync(app, secondId);
        Assert.Equal(2, primary.ReporterCount);
        Assert.Equal((ReportStatus.Duplicate, firstId), (duplicate.Status, duplicate.DuplicateOfId));
        Assert.NotNull(await workflow.ApplyAsync(firstId, new WorkRequest(ReportAction.MarkDuplicate, DuplicateOfId: secondId), Official));
    }

    [Fact]
    public async Task AgencyStaff_WorkOnlyTheirAgencysReports()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var own = await db.Set<OpsCenter.Domain.Agencies.Agency>().SingleAsync(a => a.Code == "SRB-PWTP");
        var mine = await db.Set<CitizenReport>().FirstAsync(r => r.OwnerAgencyId == own.Id && r.Status == ReportStatus.Received);
        var other = await db.Set<CitizenReport>().FirstAsync(r => r.OwnerAgencyId != own.Id && r.Status == ReportStatus.Received);
        var staff = new Actor(ActorKind.Staff, "agency-id", "เจ้าหน้าที่โยธา", "19", own.Id, new HashSet<string> { OpsRoles.AgencyStaff });
        var workflow = app.Services.GetRequiredService<ReportWorkflowService>();

        Assert.Null(await workflow.ApplyAsync(mine.Id, new WorkRequest(ReportAction.Take), staff));
        Assert.Equal("id", (await workflow.ApplyAsync(other.Id, new WorkRequest(ReportAction.Take), staff))?.Field);
        var taken = await LoadAsync(app, mine.Id);
        Assert.Equal((ReportStatus.Assigned, "เจ้าหน้าที่โยธา"), (taken.Status, taken.AssignedUserName));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reporter_ReopensAResolvedReport_WithTheirKeyOnly(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var created = await ReportPayloads.JsonOf(await ReportPayloads.PostAsync(client, ReportPayloads.Valid("ไฟฟ้าดับทั้งซอย ทดสอบเปิดใหม่ " + provider)));
        var id = created.GetProperty("id").GetInt64();
        var tracking = created.GetProperty("trackingNumber").GetString()!;
        var key = created.GetProperty("reporterKey").GetString()!;
        var workflow = app.Services.GetRequiredService<ReportWorkflowService>();
        Assert.Null(await workflow.ApplyAsync(id, new WorkRequest(ReportAction.Resolve, "เปลี่ยนหลอดไฟแล้ว"), Official));

        var wrongKey = await client.PostAsJsonAsync($"/api/reports/{tracking}/reopen", new { key = "AAAAAAAAAAAA", reason = "ยังดับอยู่" });
        var noReason = await client.PostAsJsonAsync($"/api/reports/{tracking}/reopen", new { key, reason = "" });
        var reopened = await client.PostAsJsonAsync($"/api/reports/{tracking}/reopen", new { key, reason = "ไฟยังดับอยู่ทุกคืน" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrongKey.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, reopened.StatusCode);
        var report = await LoadAsync(app, id);
        Assert.Equal((ReportStatus.Received, 1, (DateTime?)null), (report.Status, report.ReopenCount, report.ResolvedAt));
        var publicView = await client.GetStringAsync($"/api/reports/{tracking}");
        Assert.Contains("ผู้แจ้งขอเปิดเรื่องใหม่", publicView, StringComparison.Ordinal);
        Assert.DoesNotContain("ไฟยังดับอยู่ทุกคืน", publicView, StringComparison.Ordinal);
    }

    private static async Task<CitizenReport> LoadAsync(OpsAppFactory app, long id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<CitizenReport>().AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
