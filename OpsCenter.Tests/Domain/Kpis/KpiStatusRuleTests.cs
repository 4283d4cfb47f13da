using OpsCenter.Domain.Kpis;

namespace OpsCenter.Tests.Domain.Kpis;

public sealed class KpiStatusRuleTests
{
    [Theory]
    [InlineData(85, 85, KpiDirection.HigherIsBetter, KpiStatus.OnTrack)]
    [InlineData(90, 85, KpiDirection.HigherIsBetter, KpiStatus.OnTrack)]
    [InlineData(76.5, 85, KpiDirection.HigherIsBetter, KpiStatus.AtRisk)]
    [InlineData(76.4, 85, KpiDirection.HigherIsBetter, KpiStatus.OffTrack)]
    [InlineData(37.5, 37.5, KpiDirection.LowerIsBetter, KpiStatus.OnTrack)]
    [InlineData(41.25, 37.5, KpiDirection.LowerIsBetter, KpiStatus.AtRisk)]
    [InlineData(41.3, 37.5, KpiDirection.LowerIsBetter, KpiStatus.OffTrack)]
    [InlineData(0, 0, KpiDirection.LowerIsBetter, KpiStatus.OnTrack)]
    [InlineData(1, 0, KpiDirection.LowerIsBetter, KpiStatus.OffTrack)]
    public void Of_ComparesInTheKpisDirection(double value, double target, KpiDirection direction, KpiStatus expected) =>
        Assert.Equal(expected, KpiStatusRule.Of(value, target, direction));

    [Fact]
    public void Of_MissingValueOrTarget_IsUnknown()
    {
        Assert.Equal(KpiStatus.Unknown, KpiStatusRule.Of(null, 10, KpiDirection.HigherIsBetter));
        Assert.Equal(KpiStatus.Unknown, KpiStatusRule.Of(10, null, KpiDirection.HigherIsBetter));
        Assert.Equal(KpiStatus.Unknown, KpiStatusRule.Of(double.NaN, 10, KpiDirection.HigherIsBetter));
    }
}
