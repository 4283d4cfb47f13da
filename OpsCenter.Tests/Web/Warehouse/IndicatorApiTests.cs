using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

[Collection(CatalogAppsCollection.Name)]
public sealed class IndicatorApiTests(CatalogApps apps)
{
    [Fact]
    public async Task Steward_DefinesAnIndicator_TheKpiIsMeasuredFromTheLatestVersion_AndItsWallTileShowsIt()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var factory = app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>();
        int kpiId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var nso = await db.Set<Agency>().FirstAsync(a => a.ProvinceCode == "19" && a.Code.Contains("NSO"));
            var kpi = new Kpi { ProvinceCode = "19", Code = "T-WH-" + Guid.NewGuid().ToString("N")[..8], NameTh = "สถิติรวม", NameEn = "Statistics total", Unit = "หน่วย", LeadAgencyId = nso.Id, Direction = KpiDirection.HigherIsBetter };
            db.Add(kpi);
            await db.SaveChangesAsync();
            kpiId = kpi.Id;
        }

        using var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("steward", OpsAppFactory.DemoPassword);
        string code;
        await using (var db = await factory.CreateDbContextAsync())
        {
            code = (await db.Set<Kpi>().FirstAsync(k => k.Id == kpiId)).Code;
        }

        var show = await client.GetFromJsonAsync<JsonObject>("/api/3/action/package_show?id=srb-provincial-statistics");
        var resource = show!["result"]!["resources"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var rows = await client.GetFromJsonAsync<JsonObject>($"/api/3/action/datastore_search?resource_id={resource}&limit=32000&fields=area_code,value");
        var district = rows!["result"]!["records"]![0]!["area_code"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)[..4];
        var expected = rows["result"]!["records"]!.AsArray().Where(r => r!["area_code"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(district, StringComparison.Ordinal)).Sum(r => r!["value"]!.GetValue<long>());

        var feed = app.Services.GetRequiredService<WallFeed>();
        var view = new WallView("19", null, 30);
        await feed.GetAsync(view);
        var tile = new TaskCompletionSource<KpiTile>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var wall = feed.Subscribe(view, s =>
        {
            if (s.Kpis.Tiles.FirstOrDefault(t => t.Id == kpiId) is { Value: not null } shown)
            {
                tile.TrySetResult(shown);
            }
        });

        var created = await client.PostAsJsonAsync("/api/warehouse/indicators", new { dataset = "srb-provincial-statistics", kpi = code, nameTh = "ผลรวมในอำเภอ", measure = "sum", of = "value", areaCode = district });
        var bad = await client.PostAsJsonAsync("/api/warehouse/indicators", new { dataset = "srb-provincial-statistics", kpi = code, nameTh = "x", measure = "sum", of = "nope" });
        var notTheirs = await client.PostAsJsonAsync("/api/warehouse/indicators", new { dataset = "srb-pm25-hourly", kpi = code, nameTh = "x", measure = "count" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("of"));
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var kpi = await db.Set<Kpi>().FirstAsync(k => k.Id == kpiId);
            var measurement = await db.Set<KpiMeasurement>().SingleAsync(m => m.KpiId == kpiId);
            Assert.Equal(KpiComputation.Indicator, kpi.Computation);
            Assert.Equal(expected, measurement.Value);
            Assert.StartsWith("/catalog/srb-provincial-statistics/explore?version=", measurement.EvidenceUrl, StringComparison.Ordinal);
        }

        // The KPI's own event reaches the wall: its tile appears with the measured value without anyone typing it.
        Assert.Equal(expected, (await tile.Task.WaitAsync(TimeSpan.FromSeconds(60))).Value);
    }
}
