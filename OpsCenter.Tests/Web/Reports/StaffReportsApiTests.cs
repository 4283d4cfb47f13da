using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Web.Security;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Tests.Web.Reports;

/// <summary>The staff workflow API as agencies' systems and people's sessions call it, cell by cell of the matrix.</summary>
public sealed class StaffReportsApiTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    private static readonly string[] Workers = ["Executive", "Official", "AgencyStaff", "Admin"];

    [Fact]
    public async Task EveryCaller_TakingAReportOfTheAgencyAccount_GetsWhatTheMatrixSays()
    {
        var number = await OpenReportAsync(ownedByAgencyAccount: true);
        using var client = app.RawClient();
        foreach (var caller in PermissionMatrix.Callers)
        {
            using var response = await SendAsync(client, $"/api/staff/reports/{number}/take", new { note = "รับเรื่องผ่านระบบของหน่วยงาน" }, cookie: app.Cookies[caller]);

            if (Workers.Contains(caller))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{caller}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Assert.Equal("assigned", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{caller}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task RecordLevel_AgencyStaffOnAnotherAgencysReport_IsRefused_AndAnotherProvinceSeesNothing()
    {
        var others = await OpenReportAsync(ownedByAgencyAccount: false);
        using var client = app.RawClient();

        using var agency = await SendAsync(client, $"/api/staff/reports/{others}/start", null, cookie: app.Cookies["AgencyStaff"]);
        using var pathum = await SendAsync(client, $"/api/staff/reports/{others}/start", null, cookie: app.Cookies[MatrixApp.PathumOfficial]);
        using var unknown = await SendAsync(client, $"/api/staff/reports/{others}/close", null, cookie: app.Cookies["Official"]);

        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pathum.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(ReportStatus.Received, await StatusAsync(others));
    }

    [Fact]
    public async Task PersonalAccessToken_IssuedByAnAdmin_WorksTheAgencysReports_AsThatPerson_UntilRevoked()
    {
        using var client = app.RawClient();
        using var issued = await SendAsync(client, "/api/admin/users/agency/tokens", new { name = "ระบบงานกองช่าง" }, cookie: app.Cookies["Admin"]);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var answer = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement;
        var token = answer.GetProperty("token").GetString()!;
        using var notByOfficial = await SendAsync(client, "/api/admin/users/agency/tokens", new { name = "x" }, cookie: app.Cookies["Official"]);
        Assert.Equal(HttpStatusCode.Forbidden, notByOfficial.StatusCode);

        var mine = await OpenReportAsync(ownedByAgencyAccount: true);
        var primary = await OpenReportAsync(ownedByAgencyAccount: true);
        var duplicate = await OpenReportAsync(ownedByAgencyAccount: true);
        var others = await OpenReportAsync(ownedByAgencyAccount: false);

        foreach (var (action, body, status) in new (string, object?, string)[]
                 {
                     ("take", null, "assigned"),
                     ("start", null, "in_progress"),
                     ("resolve", new { note = "ซ่อมผิวถนนแล้ว (ระบบงานกองช่าง)" }, "resolved"),
                 })
        {
            using var response = await SendAsync(client, $"/api/staff/reports/{mine}/{action}", body, bearer: token);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(status, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }

        using var noNote = await SendAsync(client, $"/api/staff/reports/{primary}/reject", new { }, bearer: token);
        using var merged = await SendAsync(client, $"/api/staff/reports/{duplicate}/merge", new { target = primary }, bearer: token);
        using var elsewhere = await SendAsync(client, $"/api/staff/reports/{others}/take", null, bearer: token);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            var agencyUser = await db.Users.SingleAsync(u => u.UserName == "agency");
            var report = await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == mine);
            var steps = await db.Set<ReportTimelineEntry>().Where(t => t.ReportId == report.Id && t.At >= report.ReceivedAt && t.ActorUserId == agencyUser.Id).CountAsync();
            Assert.Equal(3, steps);
            Assert.Equal("ซ่อมผิวถนนแล้ว (ระบบงานกองช่าง)", report.StatusNote);
            Assert.Equal(ReportStatus.Duplicate, (await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == duplicate)).Status);
        }

        using var revoked = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/admin/tokens/{answer.GetProperty("id").GetInt32()}")
        {
            Headers = { { "Cookie", app.Cookies["Admin"] } },
        });
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var after = await SendAsync(client, $"/api/staff/reports/{primary}/take", null, bearer: token);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var forged = await SendAsync(client, $"/api/staff/reports/{primary}/take", null, bearer: "ops_pat_not-a-token-anyone-was-given");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheStaffWorkflow_BesideTheIntake()
    {
        using var client = app.RawClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var staff = paths.GetProperty("/api/staff/reports/{trackingNumber}/{action}").GetProperty("post");
        Assert.Contains("ops_pat_", staff.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(staff.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(paths.TryGetProperty("/api/reports", out _));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object? body, string? cookie = null, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body is null ? "{}" : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A citizen's new Saraburi report, owned by the "agency" account's agency (public works) or by the disaster office.</summary>
    private async Task<string> OpenReportAsync(bool ownedByAgencyAccount)
    {
        using var client = app.RawClient();
        using var posted = await client.PostAsync("/api/reports", new StringContent(
            JsonSerializer.Serialize(new { kind = "complaint", category = "road", description = "ถนนชำรุด (ทดสอบ API เจ้าหน้าที่)", lat = 14.53, @long = 100.91 }),
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var number = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingNumber").GetString()!;

        // Routing decides the owner by category and place; the test sets the owner it needs instead.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var owner = ownedByAgencyAccount ? "SRB-PWTP" : "SRB-DDPM";
        var ownerId = await db.Set<Agency>().Where(a => a.Code == owner).Select(a => a.Id).SingleAsync();
        await db.Set<CitizenReport>().Where(r => r.TrackingNumber == number).ExecuteUpdateAsync(u => u.SetProperty(r => r.OwnerAgencyId, ownerId));
        return number;
    }

    private async Task<ReportStatus> StatusAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        return await db.Set<CitizenReport>().Where(r => r.TrackingNumber == number).Select(r => r.Status).SingleAsync();
    }
}
