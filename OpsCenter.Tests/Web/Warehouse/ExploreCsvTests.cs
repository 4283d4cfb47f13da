using System.Net;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

[Collection(CatalogAppsCollection.Name)]
public sealed class ExploreCsvTests(CatalogApps apps)
{
    [Fact]
    public async Task Csv_IsTheViewsGroupsWithCodesAndNames()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync("/catalog/srb-population-registered/explore.csv?by=area-2&measure=count");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("area_code,อำเภอ,จำนวนแถว,rows", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^19\d\d,[^,]+,\d+,\d+$", l));
        Assert.Equal(lines.Skip(1).Select(l => l.Split(',')[2]), lines.Skip(1).Select(l => l.Split(',')[3]));
    }

    [Fact]
    public async Task Rate_IsTheSumPerThousandOfEachDistrictsRegisteredPopulation()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var factory = (Microsoft.EntityFrameworkCore.IDbContextFactory<OpsDbContext>)app.Services.GetService(typeof(Microsoft.EntityFrameworkCore.IDbContextFactory<OpsDbContext>))!;
        await using var db = await factory.CreateDbContextAsync();
        var populations = db.Set<OpsCenter.Domain.Areas.Area>().Where(a => a.ProvinceCode == "19").ToDictionary(a => a.Code, a => a.Population);

        var sums = await RowsAsync(client, "by=area-2&measure=sum&of=population");
        var rates = await RowsAsync(client, "by=area-2&measure=rate&of=population");

        Assert.Equal(sums.Keys, rates.Keys);
        Assert.All(sums, s => Assert.Equal(s.Value * 1000 / populations[s.Key], rates[s.Key], 6));
    }

    private static async Task<Dictionary<string, double>> RowsAsync(HttpClient client, string query)
    {
        var text = await client.GetStringAsync("/catalog/srb-population-registered/explore.csv?" + query);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/catalog/srb-population-registered/explore.csv?measure=rate&by=col:area_name", HttpStatusCode.BadRequest)]
    [InlineData("/catalog/srb-population-registered/explore.csv?by=col:nope", HttpStatusCode.BadRequest)]
    [InlineData("/catalog/srb-population-registered/explore.csv?measure=sum&of=area_name", HttpStatusCode.BadRequest)]
    [InlineData("/catalog/srb-population-registered/explore.csv?by=weird", HttpStatusCode.BadRequest)]
    [InlineData("/catalog/srb-population-registered/explore.csv?version=999", HttpStatusCode.NotFound)]
    [InlineData("/catalog/srb-population-registered/explore.csv?version=abc", HttpStatusCode.NotFound)]
    [InlineData("/catalog/no-such-dataset/explore.csv", HttpStatusCode.NotFound)]
    [InlineData("/catalog/srb-crime-hotspots/explore.csv", HttpStatusCode.Forbidden)]
    public async Task Csv_BadOrRefusedViews_AreProblemDetails(string url, HttpStatusCode status)
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("?version=abc")]
    [InlineData("?by=col:nope")]
    [InlineData("?measure=avg&of=area_name")]
    public async Task Page_BadViews_AnswerInThaiNotWithAnError(string query)
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync("/catalog/srb-population-registered/explore" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"explore-page\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
