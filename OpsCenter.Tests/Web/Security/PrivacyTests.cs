using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Security;

public sealed class PrivacyTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retention_AnonymisesClosedReportsPastThePeriod_AndNothingElse(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider, SecurityApps.Settings);
        await app.InitializeAsync();
        var factory = app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>();
        var now = TestClock.UtcNow;
        long oldClosed, oldOpen, recentClosed;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var ids = await db.Set<CitizenReport>().OrderBy(r => r.Id).Select(r => r.Id).Take(3).ToListAsync();
            (oldClosed, oldOpen, recentClosed) = (ids[0], ids[1], ids[2]);
            await db.Set<ReporterContact>().Where(c => ids.Contains(c.ReportId)).ExecuteDeleteAsync();
            foreach (var (id, status, closed) in new[] { (oldClosed, ReportStatus.Resolved, now.AddYears(-3)), (oldOpen, ReportStatus.InProgress, now.AddYears(-3)), (recentClosed, ReportStatus.Resolved, now.AddDays(-10)) })
            {
                await db.Set<CitizenReport>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, status).SetProperty(r => r.ResolvedAt, closed).SetProperty(r => r.UpdatedAt, closed)
                    .SetProperty(r => r.Address, "99/1 หมู่ 4").SetProperty(r => r.Description, "ถนนเป็นหลุม โทร 0812345678"));
                db.Add(new ReporterContact { ReportId = id, Name = "สมชาย ใจดี", Phone = "0812345678", ConsentAt = closed, ConsentSource = "test" });
            }

            await db.SaveChangesAsync();
        }

        var retention = new ReportRetention(factory, app.Services.GetRequiredService<IAuditLog>(), TestClock.Provider,
            Options.Create(new RetentionOptions { Period = TimeSpan.FromDays(730) }));
        Assert.Equal(1, await retention.AnonymiseDueAsync());
        Assert.Equal(0, await retention.AnonymiseDueAsync());

        await using (var db = await factory.CreateDbContextAsync())
        {
            var contacts = await db.Set<ReporterContact>().Select(c => c.ReportId).ToListAsync();
            Assert.DoesNotContain(oldClosed, contacts);
            Assert.Contains(oldOpen, contacts);
            Assert.Contains(recentClosed, contacts);
            var anonymised = await db.Set<CitizenReport>().SingleAsync(r => r.Id == oldClosed);
            Assert.Null(anonymised.Address);
            Assert.Equal("ถนนเป็นหลุม โทร " + RetentionRule.Removed, anonymised.Description);
            Assert.Equal(ReportStatus.Resolved, anonymised.Status);
            Assert.Equal("99/1 หมู่ 4", (await db.Set<CitizenReport>().SingleAsync(r => r.Id == oldOpen)).Address);
            Assert.Single(await db.Set<AuditEntry>().Where(a => a.Action == AuditActions.ReportsAnonymised).ToListAsync());
        }
    }

    /// <summary>A run of many batches, each going on from the last one's id, leaves no report behind.</summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retention_AnonymisesEveryDueReport_AcrossBatches(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider, SecurityApps.Settings);
        await app.InitializeAsync();
        await app.Services.GetRequiredService<DemoVolume>().GenerateReportsAsync("19", 2_000, seed: 13);
        var factory = app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>();
        var closed = TestClock.UtcNow.AddYears(-3);
        int due;
        await using (var db = await factory.CreateDbContextAsync())
        {
            due = await db.Set<CitizenReport>().Where(r => r.TrackingNumber.StartsWith("SRB13") && r.Status == ReportStatus.Resolved)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedAt, closed).SetProperty(r => r.UpdatedAt, closed).SetProperty(r => r.Address, "99/1 หมู่ 4"));
        }

        Assert.True(due > 1_000, $"{due} reports due: too few for several batches");
        var retention = new ReportRetention(factory, app.Services.GetRequiredService<IAuditLog>(), TestClock.Provider,
            Options.Create(new RetentionOptions { Period = TimeSpan.FromDays(730) }));
        Assert.Equal(due, await retention.AnonymiseDueAsync());
        Assert.Equal(0, await retention.AnonymiseDueAsync());
        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(0, await check.Set<CitizenReport>().CountAsync(r => r.Address != null && r.ResolvedAt == closed));
    }

    [Fact]
    public async Task DataSubjectExport_FindsThePersonsReports_ForAnAdminOnly_AndIsAudited()
    {
        await using var app = new OpsAppFactory(DatabaseProvider.Sqlite, SecurityApps.Settings);
        await app.InitializeAsync();
        using var citizen = app.CreateClient();
        var tracking = await PostWithContactAsync(citizen, "นางสาวทดสอบ ส่งออกข้อมูล", "089-111-2233", "subject@example.org");

        using var official = app.CreateBrowserLikeClient();
        await official.SignInAsync("official", OpsAppFactory.DemoPassword);
        using var refused = await official.PostAsJsonAsync("/api/admin/data-subject", new { phone = "0891112233" });
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin", OpsAppFactory.DemoPassword);
        using var empty = await admin.PostAsJsonAsync("/api/admin/data-subject", new { phone = "12" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var response = await admin.PostAsJsonAsync("/api/admin/data-subject", new { phone = "+66 89 111 2233" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var report = Assert.Single(data.GetProperty("reports").EnumerateArray());
        Assert.Equal(tracking, report.GetProperty("trackingNumber").GetString());
        Assert.Equal("subject@example.org", report.GetProperty("email").GetString());

        var byEmail = await app.Services.GetRequiredService<DataSubjectExport>().ExportAsync(null, "SUBJECT@example.org", new AuditActor(null, "test"), "19");
        Assert.Equal(tracking, Assert.Single(byEmail.Reports).TrackingNumber);
        var otherProvince = await app.Services.GetRequiredService<DataSubjectExport>().ExportAsync(null, "SUBJECT@example.org", new AuditActor(null, "test"), "13");
        Assert.Empty(otherProvince.Reports);

        var audit = await app.Services.GetRequiredService<AuditQuery>().FindAsync("19", new AuditFilter("admin", AuditActions.DataSubjectExported, null, null), new PageRequest());
        var entry = Assert.Single(audit.Rows);
        Assert.Equal("1 reports", entry.Detail);
        Assert.DoesNotContain("2233", entry.SubjectId + entry.Detail, StringComparison.Ordinal);
    }

    internal static async Task<string> PostWithContactAsync(HttpClient client, string name, string phone, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/reports", new
        {
            kind = "complaint", category = "road", description = "ไฟถนนดับทั้งซอย (ทดสอบ PDPA)", address = "ซอยทดสอบ 7",
            name, phone, email, consent = true, lat = 14.53, @long = 100.91,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("trackingNumber").GetString()!;
    }
}
