using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Tests.Domain.Warehouse;

/// <summary>What counts as a citable explorer view, and the indicator rules the steward's page and the API share.</summary>
public sealed class ExplorerLinkTests
{
    [Theory]
    [InlineData("/catalog/srb-dopa-population-2567/explore?version=2&by=area-2", "srb-dopa-population-2567", 2, "/catalog/srb-dopa-population-2567/explore?version=2&by=area-2")]
    [InlineData("https://ops.saraburi.go.th/catalog/t-poor/explore?by=area-3&version=7", "t-poor", 7, "/catalog/t-poor/explore?by=area-3&version=7")]
    [InlineData("  /catalog/t-poor/explore/?version=1  ", "t-poor", 1, "/catalog/t-poor/explore/?version=1")]
    public void APinnedExplorerAddress_IsKeptSiteRelative(string text, string slug, int version, string kept)
    {
        var link = ExplorerLink.Parse(text);

        Assert.Equal(new ExplorerLink(slug, version, kept), link);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/catalog/t-poor/explore")]
    [InlineData("/catalog/t-poor/explore?version=0")]
    [InlineData("/catalog/t-poor/explore?version=two")]
    [InlineData("/catalog/t-poor?version=1")]
    [InlineData("//evil.example/catalog/t-poor/explore?version=1")]
    [InlineData("javascript:alert(1)//catalog/t/explore?version=1")]
    [InlineData("/catalog/t-poor/explore?version=1&pad=")]
    public void AnythingElse_IsNoCitation(string? text)
    {
        var padded = text?.EndsWith("pad=", StringComparison.Ordinal) == true ? text + new string('x', ExplorerLink.MaxLength) : text;

        Assert.Null(ExplorerLink.Parse(padded));
    }

    [Fact]
    public void AreaRatesPerThousandOf_DividesByTheOtherDatasetsMeasureInTheSameArea_AndLeavesUnknownAreasEmpty()
    {
        var rows = new[] { new AggregateRow(["1901"], 50, 3), new AggregateRow(["1902"], 10, 1), new AggregateRow(["1903"], 7, 1) };
        var residents = new Dictionary<string, double> { ["1901"] = 25_000, ["1902"] = 0 };

        var rates = AreaRates.PerThousandOf(rows, 0, residents);

        Assert.Equal([2.0, null, null], rates.Select(r => r.Value));
        Assert.Equal([3L, 1L, 1L], rates.Select(r => r.Rows));
    }

    [Fact]
    public void IndicatorRules_NameEachMissingPiece_InThaiAndEnglish()
    {
        var errors = IndicatorRules.Check(new IndicatorInput("", null, " ", null, Measure.Sum, null, null, "ถนน", "19x"));

        Assert.Equal(["dataset", "kpi", "nameTh", "of", "filterColumn", "areaCode"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Thai) || string.IsNullOrWhiteSpace(e.English)));
        Assert.Empty(IndicatorRules.Check(new IndicatorInput("t-poor", null, "คนจน", null, Measure.Count, null, null, null, null, NeedInput: "tpmap-poor")));
    }
}
