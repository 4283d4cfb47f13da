using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>Grouped by subdistrict, the explorer draws the province's subdistricts: the outlines it asks for exist and cover every subdistrict the data has.</summary>
[Collection(CatalogAppsCollection.Name)]
public sealed partial class ExplorerSubdistrictMapTests(CatalogApps apps)
{
    [Fact]
    public async Task ThePopulationBySubdistrict_IsMappedOnTheProvincesSubdistrictOutlines()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        List<string> subdistricts;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContextAsync())
        {
            subdistricts = await db.Set<Area>().Where(a => a.ProvinceCode == "19" && a.Level == AreaLevel.Subdistrict && a.BoundaryWkb != null).Select(a => a.Code).ToListAsync();
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/catalog/srb-dopa-population-2567/explore?by=area-3&measure=sum&of=population"));
        var outlines = Outlines().Match(page).Groups[1].Value;
        var keys = Keys().Matches(page).Select(m => m.Groups[1].Value).ToHashSet();
        var features = JsonDocument.Parse(await client.GetStringAsync(outlines)).RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToHashSet();

        Assert.StartsWith("/api/areas/19/subdistricts.geojson?v=", outlines, StringComparison.Ordinal);
        Assert.NotEmpty(subdistricts);
        Assert.Equal(subdistricts.ToHashSet(), features);
        Assert.Subset(features, keys.Where(subdistricts.Contains).ToHashSet());
        Assert.True(keys.Count(subdistricts.Contains) > 50, $"only {keys.Count} subdistricts grouped");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/areas/190101/subdistricts.geojson")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"explore-map\"[^>]*data-outlines=\"([^\"]+)\"")]
    private static partial Regex Outlines();

    [GeneratedRegex("<td data-key=\"([0-9]{6})\"")]
    private static partial Regex Keys();
}
