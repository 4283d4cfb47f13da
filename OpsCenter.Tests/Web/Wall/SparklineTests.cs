using OpsCenter.Web.Features.Wall;

namespace OpsCenter.Tests.Web.Wall;

public sealed class SparklineTests
{
    [Fact]
    public void Path_ScalesValuesIntoTheBox_HighValuesAtTheTop()
    {
        var path = Sparkline.Path([0.0, 5, 10]);

        Assert.Equal("M0,28L50,15L100,2", path);
    }

    [Fact]
    public void Path_FlatSeries_RunsThroughTheMiddle() => Assert.Equal("M0,15L100,15", Sparkline.Path([3.0, 3]));

    [Fact]
    public void Path_TooFewValues_IsEmpty()
    {
        Assert.Equal("", Sparkline.Path([1.0]));
        Assert.Equal("", Sparkline.Path([double.NaN, 2]));
    }
}
