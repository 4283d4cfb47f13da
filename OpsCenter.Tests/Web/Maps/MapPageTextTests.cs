using System.Text.RegularExpressions;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Maps;

/// <summary>What a citizen reads on the map page: names, never the codes the database keys them by.</summary>
public sealed partial class MapPageTextTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task OpenReports_NameTheirCategory_NotItsCode()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/map");

        var list = OpenReports().Match(html);
        Assert.True(list.Success, "the map page lists the open reports");
        var lines = Category().Matches(list.Value).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(lines);
        // Thai names ("ถนน"), not the codes ("road") they were shown as.
        Assert.All(lines, c => Assert.Matches("[\u0E00-\u0E7F]", c));
    }

    [GeneratedRegex("data-testid=\"map-open-reports\".*?</ul>", RegexOptions.Singleline)]
    private static partial Regex OpenReports();

    [GeneratedRegex(@"<span>([^<·]+)·")]
    private static partial Regex Category();
}
