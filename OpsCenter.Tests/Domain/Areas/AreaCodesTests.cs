using OpsCenter.Domain.Areas;

namespace OpsCenter.Tests.Domain.Areas;

public sealed class AreaCodesTests
{
    [Theory]
    [InlineData("19", "19")]
    [InlineData("TH1901", "1901")]
    [InlineData(" th190101 ", "190101")]
    [InlineData("19010", null)]
    [InlineData("TH19A1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_AcceptsDopaAndOchaCodes(string? input, string? expected) => Assert.Equal(expected, AreaCodes.Normalize(input));

    [Theory]
    [InlineData("19", AreaLevel.Province)]
    [InlineData("1901", AreaLevel.District)]
    [InlineData("190101", AreaLevel.Subdistrict)]
    public void LevelOf_FollowsCodeLength(string code, AreaLevel level) => Assert.Equal(level, AreaCodes.LevelOf(code));

    [Fact]
    public void ParentOf_WalksUpTheHierarchy()
    {
        Assert.Equal("1901", AreaCodes.ParentOf("190101"));
        Assert.Equal("19", AreaCodes.ParentOf("1901"));
        Assert.Null(AreaCodes.ParentOf("19"));
    }
}
