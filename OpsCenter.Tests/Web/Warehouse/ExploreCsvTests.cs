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

    [Theory]
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
