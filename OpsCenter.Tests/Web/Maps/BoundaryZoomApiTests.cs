using System.Net;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Maps;

public sealed class BoundaryZoomApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ChildrenGeoJson_LowerZoom_IsSimplifiedFurther()
    {
        using var client = app.CreateClient();

        var coarse = await client.GetStringAsync("/api/areas/19/children.geojson?z=7");
        var fine = await client.GetStringAsync("/api/areas/19/children.geojson?z=13");

        Assert.Contains("\"code\":\"1901\"", coarse, StringComparison.Ordinal);
        Assert.True(coarse.Length < fine.Length, $"zoom 7: {coarse.Length} bytes, zoom 13: {fine.Length} bytes");
    }

    [Fact]
    public async Task ChildrenGeoJson_ZoomNotANumber_Is400NamingTheField()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/areas/19/children.geojson?z=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"z\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
