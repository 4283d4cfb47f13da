using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Reports;

public sealed class ReportIntakeApiTests(ReportApps apps) : IClassFixture<ReportApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_ValidReport_IsCommittedRoutedAndAnnounced(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var bus = app.Services.GetRequiredService<IOpsEventBus>();
        var received = new TaskCompletionSource<OpsEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = bus.Subscribe((e, _) =>
        {
            if (e.Kind == ReportEvents.Received)
            {
                received.TrySetResult(e);
            }

            return Task.CompletedTask;
        });

        var response = await ReportPayloads.PostAsync(client, ReportPayloads.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReportPayloads.JsonOf(response);
        var tracking = body.GetProperty("trackingNumber").GetString()!;
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/reports/{tracking}", response.Headers.Location!.OriginalString);
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("expectedAt").GetDateTime() > TestClock.UtcNow.AddHours(71));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var report = await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == tracking);
        Assert.Equal(id, report.Id);
        Assert.Equal("190101", report.SubdistrictCode);
        Assert.Equal("1901", report.DistrictCode);
        Assert.Equal(ReportChannel.Web, report.Channel);
        var owner = await db.Set<OpsCenter.Domain.Agencies.Agency>().SingleAsync(a => a.Id == report.OwnerAgencyId);

        // Roads inside a municipality's tambons are the municipality's (a demo routing rule), not the highways office's.
        Assert.Equal(OpsCenter.Domain.Agencies.AgencyKind.Municipality, owner.Kind);
        Assert.Single(await db.Set<ReportTimelineEntry>().Where(t => t.ReportId == id).ToListAsync());

        var announced = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), announced.SubjectId);
        Assert.True(announced.Sequence > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_ByDistrictPickers_WithContact_StoresContactApartAndTrackingShowsNoPersonalData(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "need", ["category"] = "welfare", ["description"] = "ผู้สูงอายุอยู่ลำพัง ต้องการความช่วยเหลือ",
            ["districtCode"] = "1902", ["subdistrictCode"] = "190201",
            ["name"] = "สมศรี ทดสอบ", ["phone"] = "0891234567", ["email"] = "somsri@example.com", ["consent"] = true,
        };

        var response = await ReportPayloads.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ReportPayloads.JsonOf(response);
        var tracking = json.GetProperty("trackingNumber").GetString()!;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            var report = await db.Set<CitizenReport>().SingleAsync(r => r.TrackingNumber == tracking);
            var contact = await db.Set<ReporterContact>().SingleAsync(c => c.ReportId == report.Id);
            Assert.Equal("0891234567", contact.Phone);
            Assert.Equal("api-v1", contact.ConsentSource);

            // "welfare" has a province-wide rule; no coordinates, so the pickers decided the area.
            Assert.Equal("190201", report.SubdistrictCode);
            Assert.Null(report.Latitude);
        }

        var publicJson = await client.GetStringAsync($"/api/reports/{tracking}");
        var trackPage = await client.GetStringAsync($"/track/{tracking}");
        foreach (var text in new[] { publicJson, trackPage })
        {
            Assert.DoesNotContain("สมศรี", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0891234567", text, StringComparison.Ordinal);
            Assert.DoesNotContain("somsri", text, StringComparison.Ordinal);
        }

        Assert.Contains(tracking, trackPage, StringComparison.Ordinal);
        Assert.Contains("แก่งคอย", trackPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_OutsideTheProvince_Is400NamingLat(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var body = ReportPayloads.Valid();
        body["lat"] = 13.7563;
        body["long"] = 100.5018;

        var response = await ReportPayloads.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReportPayloads.JsonOf(response);
        Assert.Contains("จุดนี้อยู่ในกรุงเทพมหานคร ซึ่งระบบนี้ไม่ได้ให้บริการ", problem.GetProperty("errors").GetProperty("lat")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Bangkok", problem.GetProperty("errors").GetProperty("long")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IdempotencyKey_SameBodyReplays_DifferentBodyIs422(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var key = "retry-" + Guid.NewGuid();
        var body = ReportPayloads.Valid("ไฟถนนดับทั้งซอย " + key);
        var before = await ReportPayloads.CountAsync<CitizenReport>(app);

        var first = await ReportPayloads.PostAsync(client, body, key);
        var again = await ReportPayloads.PostAsync(client, body, key);
        body["description"] = "อีกเรื่องหนึ่ง ใช้คีย์เดิม";
        var different = await ReportPayloads.PostAsync(client, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
        Assert.True((await ReportPayloads.JsonOf(different)).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before + 1, await ReportPayloads.CountAsync<CitizenReport>(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IdempotencyKey_ConcurrentRetries_CreateOneReport(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();
        var key = "race-" + Guid.NewGuid();
        var body = ReportPayloads.Valid("น้ำท่วมขังหน้าบ้าน " + key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ReportPayloads.PostAsync(client, body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Set<CitizenReport>().CountAsync(r => r.Description.Contains(key)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_ManyAtOnce_AreAllCommittedWithDistinctIds(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        using var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => ReportPayloads.PostAsync(client, ReportPayloads.Valid($"พร้อมกัน {provider} ครั้งที่ {i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await ReportPayloads.JsonOf(r)).GetProperty("id").GetInt64()));
        Assert.Equal(32, ids.Distinct().Count());
    }

    [Fact]
    public async Task IdempotencyKey_IsKeptAtLeast24Hours()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var key = "keep-" + Guid.NewGuid();

        var response = await ReportPayloads.PostAsync(client, ReportPayloads.Valid("ทางเท้าแตก " + key), key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync();
        var record = await db.Set<IdempotencyRecord>().SingleAsync(k => k.Key == "api:" + key);
        Assert.True(record.ExpiresAt - record.CreatedAt >= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Post_NotJson_Is415ProblemNamingContentType()
    {
        var app = await apps.ForAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/reports", new StringContent("kind=complaint", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True((await ReportPayloads.JsonOf(response)).GetProperty("errors").TryGetProperty("Content-Type", out _));
    }
}
