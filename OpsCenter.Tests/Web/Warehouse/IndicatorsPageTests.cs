using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>The steward's indicators page: in the menu for stewards, listing each indicator with what it feeds, its last value and the version cited; closed to others.</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class IndicatorsPageTests(CatalogApps apps)
{
    [Fact]
    public async Task Steward_SeesTheIndicator_ItsKpi_LastValue_AndTheCitedVersion_OthersAreTurnedAway()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        var factory = app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>();
        string code;
        int latest;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var nso = await db.Set<Agency>().FirstAsync(a => a.ProvinceCode == "19" && a.Code.Contains("NSO"));
            var kpi = new Kpi { ProvinceCode = "19", Code = "T-PAGE-" + Guid.NewGuid().ToString("N")[..6], NameTh = "จำนวนแถวสถิติ", NameEn = "Statistics rows", Unit = "แถว", LeadAgencyId = nso.Id };
            db.Add(kpi);
            await db.SaveChangesAsync();
            code = kpi.Code;
            var dataset = await db.Set<Dataset>().SingleAsync(d => d.Slug == "srb-provincial-statistics");
            latest = await db.Set<DatasetVersion>().Where(v => v.DatasetId == dataset.Id && v.HasContent).MaxAsync(v => v.Number);
        }

        using var steward = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await steward.SignInAsync("steward", OpsAppFactory.DemoPassword)).StatusCode);
        var name = "แถวสถิติทั้งจังหวัด " + code;
        var created = await steward.PostAsJsonAsync("/api/warehouse/indicators", new { dataset = "srb-provincial-statistics", kpi = code, nameTh = name, measure = "count" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        long rows;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var kpiId = await db.Set<Kpi>().Where(k => k.Code == code).Select(k => k.Id).SingleAsync();
            rows = (long)(await db.Set<KpiMeasurement>().SingleAsync(m => m.KpiId == kpiId)).Value;
        }

        var page = WebUtility.HtmlDecode(await steward.GetStringAsync("/catalog/indicators"));
        using var anonymous = app.CreateBrowserLikeClient();
        var refused = await anonymous.GetAsync("/catalog/indicators");

        Assert.Contains("href=\"/catalog/indicators\"", page, StringComparison.Ordinal);
        var row = page[page.IndexOf(name, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains($"{code} · จำนวนแถวสถิติ", row, StringComparison.Ordinal);
        Assert.Contains(rows.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/catalog/srb-provincial-statistics/explore?version={latest}\"", row, StringComparison.Ordinal);
        Assert.Contains($"ฉบับที่ {latest}", row, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"indicator-form\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/login", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
