using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallScreenRulesTests
{
    private static readonly WallScreenInput Valid = new("ops-room", "ห้องปฏิบัติการ", "Operations room", null, 30, 20,
        [new WallSlide("ภาพรวม", "Overview", [WallPanels.Counters, WallPanels.Heatmap])]);

    [Fact]
    public void Validate_AGoodScreen_HasNoErrors() => Assert.Empty(WallScreenRules.Validate(Valid));

    [Theory]
    [InlineData("A", "slug")]
    [InlineData("ห้อง", "slug")]
    [InlineData("token", "slug")]
    public void Validate_BadUrlName_NamesTheSlugField(string slug, string field) =>
        Assert.Contains(WallScreenRules.Validate(Valid with { Slug = slug }), e => e.Field == field);

    [Fact]
    public void Validate_OutOfRangeNumbers_NameTheirFields()
    {
        var errors = WallScreenRules.Validate(Valid with { PeriodDays = 0, RotationSeconds = 2, AreaCode = "19x" });

        Assert.Equal(["areaCode", "periodDays", "rotationSeconds"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Thai)));
    }

    [Fact]
    public void Validate_SlidesNeedOneToFourKnownDifferentPanels()
    {
        var errors = WallScreenRules.Validate(Valid with
        {
            Slides =
            [
                new WallSlide("ก", "A", []),
                new WallSlide("ข", "B", [WallPanels.Kpis, WallPanels.Kpis]),
                new WallSlide("ค", "C", ["weather"]),
                new WallSlide("ง", "D", [WallPanels.Kpis, WallPanels.Budget, WallPanels.Ticker, WallPanels.Heatmap, WallPanels.Counters]),
            ],
        });

        Assert.Equal(["slides[0].panels", "slides[1].panels", "slides[2].panels", "slides[3].panels"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_NoSlides_IsAnError() =>
        Assert.Contains(WallScreenRules.Validate(Valid with { Slides = [] }), e => e.Field == "slides");
}
