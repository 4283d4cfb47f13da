using System.Globalization;
using System.Net;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Web.Catalog;

namespace OpsCenter.Tests.Web.Warehouse;

/// <summary>
/// Two real demo datasets joined on area in the explorer: TPMAP's poor people per 1,000 of DOPA's registered population,
/// reproducible by its URL with both versions pinned.
/// </summary>
[Collection(CatalogAppsCollection.Name)]
public sealed class ExplorerJoinTests(CatalogApps apps)
{
    private const string Poverty = "srb-tpmap-poverty-2561";
    private const string Population = "srb-dopa-population-2567";

    [Fact]
    public async Task PoorPeoplePerThousandResidents_JoinsTheTwoDatasetsOnTheProvince_AndTheUrlReproducesIt()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var residents = Rows(await client.GetStringAsync($"/catalog/{Population}/explore.csv?by=area-1&measure=sum&of=population"));
        var poor = Rows(await client.GetStringAsync($"/catalog/{Poverty}/explore.csv?by=area-1&measure=sum&of=poor_people"));
        Assert.Equal(42_964, poor["19"]);

        var joined = await client.GetStringAsync($"/catalog/{Poverty}/explore.csv?by=area-1&measure=rate&of=poor_people&per={Population}&perof=population");
        var rates = Rows(joined);

        Assert.Equal(42_964 * 1000.0 / residents["19"], rates["19"], 9);
        // Provinces the population dataset does not cover have no denominator: no rate rather than a wrong one.
        Assert.True(double.IsNaN(rates["13"]));
        Assert.Contains("poor_people ต่อ 1,000 population ของ", joined.Split("\r\n")[0], StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/catalog/{Poverty}/explore?by=area-1&measure=rate&of=poor_people&per={Population}&perof=population"));
        var pinned = page.IndexOf($"explore.csv?", StringComparison.Ordinal);
        var csvUrl = page[pinned..page.IndexOf('"', pinned)];
        Assert.Matches($"&per={Population}&perversion=[0-9]+&perof=population$", csvUrl);
        Assert.Equal(joined, await client.GetStringAsync($"/catalog/{Poverty}/{csvUrl}"));
    }

    [Fact]
    public async Task AColumnTheOtherDatasetLacks_OrAMissingVersion_IsA400NamingIt()
    {
        using var client = (await apps.For(DatabaseProvider.Sqlite)).CreateClient();

        var badColumn = await client.GetAsync($"/catalog/{Poverty}/explore.csv?by=area-1&measure=rate&of=poor_people&per={Population}&perof=nope");
        var badVersion = await client.GetAsync($"/catalog/{Poverty}/explore.csv?by=area-1&measure=rate&of=poor_people&per={Population}&perversion=99");

        Assert.Equal(HttpStatusCode.BadRequest, badColumn.StatusCode);
        Assert.Contains("perof", await badColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badVersion.StatusCode);
        Assert.Contains("perversion", await badVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The explorer CSV's first key (the area code) and its measure; an empty measure reads as NaN.</summary>
    private static Dictionary<string, double> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => c[^2].Length == 0 ? double.NaN : double.Parse(c[^2], CultureInfo.InvariantCulture));
}
