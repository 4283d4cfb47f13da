using OpsCenter.Domain.Kpis;

namespace OpsCenter.Tests.Domain.Kpis;

public sealed class JointKpiStatusTests
{
    [Fact]
    public void Sum_AddsParts_AndHoldsEachToItsWeightedShare()
    {
        // Road deaths: target 12 a month, police answer for 5 of them, highways for 7.
        var result = JointKpiStatus.Of(KpiAggregation.Sum, [new KpiPart(1, 5, 4), new KpiPart(2, 7, 9)], 12, KpiDirection.LowerIsBetter);

        Assert.Equal(13, result.Value);
        Assert.Equal(KpiStatus.AtRisk, result.Status);
        Assert.Equal(5, result.Parts[0].Target);
        Assert.Equal(KpiStatus.OnTrack, result.Parts[0].Status);
        Assert.Equal(7, result.Parts[1].Target);
        Assert.Equal(KpiStatus.OffTrack, result.Parts[1].Status);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void WeightedAverage_WeighsParts_AndHoldsEachToTheWholeTarget()
    {
        var result = JointKpiStatus.Of(KpiAggregation.WeightedAverage, [new KpiPart(1, 0.4, 90), new KpiPart(2, 0.35, 80), new KpiPart(3, 0.25, 70)], 85, KpiDirection.HigherIsBetter);

        Assert.Equal(81.5, result.Value!.Value, 10);
        Assert.Equal(KpiStatus.AtRisk, result.Status);
        Assert.All(result.Parts, p => Assert.Equal(85, p.Target));
        Assert.Equal([KpiStatus.OnTrack, KpiStatus.AtRisk, KpiStatus.OffTrack], result.Parts.Select(p => p.Status));
    }

    [Fact]
    public void MissingPart_WithholdsTheJointValue_AndNamesWhoIsMissing()
    {
        var result = JointKpiStatus.Of(KpiAggregation.Sum, [new KpiPart(1, 5, 4), new KpiPart(2, 7, null)], 12, KpiDirection.LowerIsBetter);

        Assert.Null(result.Value);
        Assert.Equal(KpiStatus.Unknown, result.Status);
        Assert.Equal([2], result.Missing);
        Assert.Equal(KpiStatus.OnTrack, result.Parts[0].Status);
        Assert.Equal(KpiStatus.Unknown, result.Parts[1].Status);
    }

    [Fact]
    public void LeadValue_IsTheLeadsValue()
    {
        var result = JointKpiStatus.Of(KpiAggregation.LeadValue, [new KpiPart(1, 1, 41)], 37.5, KpiDirection.LowerIsBetter);
        Assert.Equal(41, result.Value);
        Assert.Equal(KpiStatus.AtRisk, result.Status);
    }

    [Fact]
    public void NoTarget_ComputesTheValue_ButNoStatus()
    {
        var result = JointKpiStatus.Of(KpiAggregation.Sum, [new KpiPart(1, 1, 2), new KpiPart(2, 1, 3)], null, KpiDirection.HigherIsBetter);
        Assert.Equal(5, result.Value);
        Assert.Equal(KpiStatus.Unknown, result.Status);
    }

    [Fact]
    public void NonPositiveWeight_IsRefused() =>
        Assert.Throws<ArgumentException>(() => JointKpiStatus.Of(KpiAggregation.Sum, [new KpiPart(1, 0, 2)], 5, KpiDirection.HigherIsBetter));

    [Theory]
    [InlineData(new double[] { 70, 72, 74, 76 }, KpiDirection.HigherIsBetter, KpiTrendDirection.Improving)]
    [InlineData(new double[] { 70, 72, 74, 76 }, KpiDirection.LowerIsBetter, KpiTrendDirection.Worsening)]
    [InlineData(new double[] { 50, 50.1, 49.9, 50 }, KpiDirection.HigherIsBetter, KpiTrendDirection.Flat)]
    [InlineData(new double[] { 50, 40 }, KpiDirection.HigherIsBetter, KpiTrendDirection.Unknown)]
    [InlineData(new double[] { 1, 1, 1, 1, 1, 20, 18, 16, 14, 12, 10 }, KpiDirection.LowerIsBetter, KpiTrendDirection.Improving)]
    public void Trend_ReadsTheRecentSlopeAgainstTheDirection(double[] values, KpiDirection direction, KpiTrendDirection expected) =>
        Assert.Equal(expected, KpiTrend.Of(values, direction));

    [Fact]
    public void Entry_Validation_NamesEachBadField()
    {
        var kpi = new Kpi { ProvinceCode = "19", Code = "k", NameTh = "k", NameEn = "k", Unit = "%", Aggregation = KpiAggregation.LeadValue };
        var coOwner = new KpiOwner { AgencyId = 2, PartTh = "ร่วม" };
        var now = new DateTime(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

        var errors = KpiMeasurementService.Validate(new KpiEntry(1, 2, 2026, 12, 120, null, "ftp://x"), kpi, coOwner, now);

        Assert.Equal(["agencyId", "evidenceUrl", "month", "value"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("ร้อยละ", errors.Single(e => e.Field == "value").Thai, StringComparison.Ordinal);
        Assert.Contains(KpiMeasurementService.Validate(new KpiEntry(1, 2, 2026, 10, 50, " ", null), kpi, new KpiOwner { AgencyId = 2, IsLead = true, PartTh = "x" }, now), e => e.Field == "evidence");
        Assert.Empty(KpiMeasurementService.Validate(new KpiEntry(1, 2, 2026, 11, 50, "รายงาน", null), kpi, new KpiOwner { AgencyId = 2, IsLead = true, PartTh = "x" }, now));
    }

    [Fact]
    public void Periods_AreBangkokMonths()
    {
        // 17:30 UTC on 31 October is already 1 November in Bangkok.
        var instant = new DateTime(2026, 10, 31, 17, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 10, 31, 17, 0, 0, DateTimeKind.Utc), KpiPeriods.MonthContaining(instant));
        Assert.Equal("พ.ย. 69", KpiPeriods.Label(instant, thai: true));
    }

    [Theory]
    [InlineData(KpiAggregation.Sum, 4.0)]
    [InlineData(KpiAggregation.WeightedAverage, 80.0)]
    public void MissingPart_GivesThePartialFigureOfTheReportedParts_WithoutAStatus(KpiAggregation aggregation, double partial)
    {
        var parts = aggregation == KpiAggregation.Sum
            ? new[] { new KpiPart(1, 5, 4), new KpiPart(2, 7, null) }
            : [new KpiPart(1, 0.4, 90), new KpiPart(2, 0.35, null), new KpiPart(3, 0.4, 70)];

        var result = JointKpiStatus.Of(aggregation, parts, 12, KpiDirection.LowerIsBetter);

        Assert.Null(result.Value);
        Assert.Equal(partial, result.Partial!.Value, 10);
        Assert.Equal(KpiStatus.Unknown, result.Status);
        Assert.Equal([2], result.Missing);
    }

    [Fact]
    public void NoPartReported_HasNoPartialFigure() =>
        Assert.Null(JointKpiStatus.Of(KpiAggregation.Sum, [new KpiPart(1, 5, null), new KpiPart(2, 7, null)], 12, KpiDirection.LowerIsBetter).Partial);
}
