using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.National;

namespace OpsCenter.Tests.Domain.National;

public sealed class NationalRollupTests
{
    [Fact]
    public void Budget_ExactlyWhereNeedIs_IsFullyAligned()
    {
        var result = NationalRollup.Budget([District("01", 0.5, 0.5, 500), District("02", 0.3, 0.3, 300), District("03", 0.2, 0.2, 200)]);

        Assert.Equal(1.0, result.Alignment!.Value, 6);
        Assert.Equal(0, result.UnderfundedDistricts);
        Assert.Equal(new Money(1000_00), result.Approved);
    }

    [Fact]
    public void Budget_AllWhereThereIsNoNeed_IsNotAlignedAtAll()
    {
        var result = NationalRollup.Budget([District("01", 1.0, 0.0, 0), District("02", 0.0, 1.0, 900)]);

        Assert.Equal(0.0, result.Alignment!.Value, 6);
        Assert.Equal(1, result.UnderfundedDistricts);
    }

    [Fact]
    public void Budget_HandComputedCase()
    {
        // Gaps |0.2-0.5| + |0.5-0.3| + |0.3-0.2| = 0.6, so alignment 1 - 0.3 = 0.7. District 01 has need above the
        // average (1/3) and a budget share (0.2) under half its need share (0.25): underfunded. 02 has need 0.3 < 1/3.
        var result = NationalRollup.Budget([District("01", 0.5, 0.2, 200), District("02", 0.3, 0.5, 500), District("03", 0.2, 0.3, 300)]);

        Assert.Equal(0.7, result.Alignment!.Value, 6);
        Assert.Equal(1, result.UnderfundedDistricts);

        // 01: need 0.6 above the average 0.5, budget 0.3 exactly half its need share: not under half, so not underfunded.
        var starved = NationalRollup.Budget([District("01", 0.6, 0.3, 300), District("02", 0.4, 0.7, 700)]);
        Assert.Equal(0, starved.UnderfundedDistricts);
        Assert.Equal(0.7, starved.Alignment!.Value, 6);
    }

    [Fact]
    public void Budget_WithNoBudgetOrNoNeed_HasNoAlignmentToShow()
    {
        Assert.Null(NationalRollup.Budget([District("01", 0.5, 0, 0), District("02", 0.5, 0, 0)]).Alignment);
        Assert.Null(NationalRollup.Budget([District("01", 0, 0.5, 100), District("02", 0, 0.5, 100)]).Alignment);
        Assert.Null(NationalRollup.Budget([]).Alignment);
    }

    [Fact]
    public void Freshness_CountsEachState_AndRatesDueSoonAsUpToDate()
    {
        var result = NationalRollup.Freshness([FreshnessState.Current, FreshnessState.Current, FreshnessState.DueSoon, FreshnessState.Overdue]);

        Assert.Equal((2, 1, 1, 4), (result.Current, result.DueSoon, result.Overdue, result.Total));
        Assert.Equal(0.75, result.UpToDateRate);
        Assert.Null(NationalRollup.Freshness([]).UpToDateRate);
    }

    [Fact]
    public void Kpis_RateOnlyThoseWithAStatus()
    {
        var result = NationalRollup.Kpis([KpiStatus.OnTrack, KpiStatus.OnTrack, KpiStatus.AtRisk, KpiStatus.OffTrack, KpiStatus.Unknown]);

        Assert.Equal((2, 1, 1, 1, 5), (result.OnTrack, result.AtRisk, result.OffTrack, result.Unknown, result.Total));
        Assert.Equal(0.5, result.OnTrackRate);
        Assert.Null(NationalRollup.Kpis([KpiStatus.Unknown]).OnTrackRate);
    }

    [Fact]
    public void Sla_Rates()
    {
        var sla = new SlaPerformance(Received: 40, Resolved: 20, ResolvedOnTime: 15, Open: 10, OpenOverdue: 4);

        Assert.Equal(0.75, sla.OnTimeRate);
        Assert.Equal(0.4, sla.OverdueShareOfOpen);
        Assert.Null(new SlaPerformance(3, 0, 0, 0, 0).OnTimeRate);
        Assert.Null(new SlaPerformance(3, 0, 0, 0, 0).OverdueShareOfOpen);
    }

    private static DistrictBudgetNeed District(string code, double needShare, double budgetShare, long baht) =>
        new(code, "อำเภอ " + code, "District " + code, 10_000, needShare, budgetShare, new Money(baht * 100));
}
