using OpsCenter.Web.Features.Wall;

namespace OpsCenter.Tests.Web.Wall;

public sealed class FigureFitTests
{
    [Theory]
    [InlineData("82.9", 1.986)]
    [InlineData("1,234", 2.551)]
    [InlineData("2026-12-20", 5.2)]
    [InlineData("ต่ำกว่าเป้า", 4.285)]
    [InlineData("ราย/คน", 3.337)]
    public void Ems_IsNeverNarrowerThanChromiumDrawsIt_NorMuchWider(string text, double measured)
    {
        // Measured in Chromium with Sarabun 700 (the wall's figure weight): erring wide only makes a figure smaller.
        Assert.InRange(FigureFit.Ems(text), measured, measured * 1.2);
    }

    [Fact]
    public void Ems_ThaiMarksAboveAndBelow_TakeNoWidth() => Assert.Equal(FigureFit.Ems("กา"), FigureFit.Ems("ก่ี้า"));

    [Fact]
    public void Measure_ANumberWithItsUnit_CountsTheSmallerUnit() =>
        Assert.Equal(FigureFit.Ems("40.2") + 0.25 + (FigureFit.UnitScale * FigureFit.Ems("µg/m³")), FigureFit.Measure("40.2", "µg/m³"), 3);

    [Theory]
    [InlineData("1,234", false)]
    [InlineData("2026-12-20", false)]
    [InlineData("เสร็จแล้ว / Done", true)]
    public void CanWrap_WordsOnly(string value, bool wraps) => Assert.Equal(wraps, FigureFit.CanWrap(value));

    [Fact]
    public void Style_IsInvariantCss() => Assert.Equal("--ops-figure-em:2.01", FigureFit.Style("82.9", null));
}
