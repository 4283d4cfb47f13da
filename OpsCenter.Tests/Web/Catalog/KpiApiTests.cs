using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Catalog;

[Collection(CatalogAppsCollection.Name)]
public sealed class KpiApiTests(CatalogApps apps)
{
    /// <summary>A reported joint KPI: the environment office leads (weight 0.3), the municipality adds its part (0.7).</summary>
    private const string Waste = "SRB-waste-recycled";

    private static async Task<HttpClient> SignedInAsync(OpsAppFactory app, string user)
    {
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user, OpsAppFactory.DemoPassword)).StatusCode);
        return client;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task JointKpi_PartsFromEachOwner_MakeTheWeightedValue(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using var db = DbContexts.For(app.Database);
        var kpi = await db.Set<Kpi>().Include(k => k.Owners).AsNoTracking().SingleAsync(k => k.Code == Waste);
        var agencies = await db.Set<Agency>().AsNoTracking().Where(a => kpi.Owners.Select(o => o.AgencyId).Contains(a.Id)).ToDictionaryAsync(a => a.Code, a => a.Id);
        var now = TestClock.UtcNow.AddHours(7);
        using var staff = await SignedInAsync(app, "agency-nre");

        // The environment office enters its own part; the joint value waits for the municipality's.
        var announced = await CatalogApps.AwaitEventAsync(app, KpiEvents.Measured, async () =>
            Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/kpis/{Waste}/measurements",
                new { year = now.Year, month = now.Month, value = 80.0, evidenceNote = "รายงานศูนย์กำจัดขยะรวม" })).StatusCode));
        Assert.Equal(kpi.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), announced.SubjectId);
        var period = KpiPeriods.MonthStart(now.Year, now.Month);
        Assert.False(await db.Set<KpiMeasurement>().AnyAsync(m => m.KpiId == kpi.Id && m.PeriodStart == period));

        using var admin = await SignedInAsync(app, "admin");
        var response = await admin.PostAsJsonAsync($"/api/kpis/{Waste}/measurements",
            new { agencyId = agencies["SRB-MUN-01"], year = now.Year, month = now.Month, value = 70.0, evidenceUrl = "https://example.go.th/report.pdf" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var joint = await db.Set<KpiMeasurement>().AsNoTracking().SingleAsync(m => m.KpiId == kpi.Id && m.PeriodStart == period);
        Assert.Equal((0.3 * 80) + (0.7 * 70), joint.Value, 3);
        var part = await db.Set<KpiPartMeasurement>().AsNoTracking().SingleAsync(m => m.KpiId == kpi.Id && m.PeriodStart == period && m.AgencyId == agencies["SRB-NRE"]);
        Assert.Equal("เจ้าหน้าที่สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด", part.EnteredByName);
        Assert.Equal("รายงานศูนย์กำจัดขยะรวม", part.EvidenceNote);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Measurement_BadInput_Is400_AndNonOwners_Are403(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var staff = await SignedInAsync(app, "agency-nre");
        var invalid = await staff.PostAsJsonAsync($"/api/kpis/{Waste}/measurements", new { year = 2026, month = 13, value = 140.0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["evidence", "month", "value"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));

        // A KPI the system computes from its own data is entered by nobody, not even an administrator.
        using var admin = await SignedInAsync(app, "admin");
        var computed = await admin.PostAsJsonAsync("/api/kpis/SRB-budget-disbursement/measurements", new { year = 2026, month = 1, value = 86.7, evidenceNote = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, computed.StatusCode);
        Assert.Equal(["value"], JsonNode.Parse(await computed.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key));

        var notOwner = await staff.PostAsJsonAsync("/api/kpis/SRB-road-deaths/measurements", new { year = 2026, month = 1, value = 30.0, evidenceNote = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/kpis/nope/measurements", new { year = 2026, month = 1, value = 1.0 })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tiles_ShowStatusAndWhoIsAwaited(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await SignedInAsync(app, "governor");
        var tiles = JsonNode.Parse(await client.GetStringAsync("/api/kpis"))!.AsArray();
        Assert.Equal(8, tiles.Count);
        var roadDeaths = tiles.Single(t => t!["code"]!.GetValue<string>() == "SRB-road-deaths")!;
        Assert.Equal("SRB-DOH", Assert.Single(roadDeaths["awaitedOwners"]!.AsArray())!.GetValue<string>());
        Assert.All(tiles, t => Assert.Contains(t!["status"]!.GetValue<string>(), new[] { "OnTrack", "AtRisk", "OffTrack", "Unknown" }));
    }
}
