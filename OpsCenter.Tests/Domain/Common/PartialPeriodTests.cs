using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Tests.Domain.Common;

public sealed class PartialPeriodTests
{
    // 1 November 2026, 00:30 in Bangkok: still 31 October in UTC.
    private static readonly DateTime JustAfterBangkokMidnight = new(2026, 10, 31, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void IsMonth_FollowsTheBangkokCalendar_NotUtc()
    {
        Assert.True(PartialPeriod.IsMonth(2026, 11, JustAfterBangkokMidnight));
        Assert.False(PartialPeriod.IsMonth(2026, 10, JustAfterBangkokMidnight));
        Assert.False(PartialPeriod.IsMonth(2025, 11, JustAfterBangkokMidnight));
    }

    [Fact]
    public void IsMonthStarting_TakesAKpiPeriodStart()
    {
        Assert.True(PartialPeriod.IsMonthStarting(KpiPeriods.MonthStart(2026, 11), JustAfterBangkokMidnight));
        Assert.False(PartialPeriod.IsMonthStarting(KpiPeriods.MonthStart(2026, 10), JustAfterBangkokMidnight));
    }

    [Fact]
    public void IsFiscalYear_RunsFromOctoberToSeptember()
    {
        // Fiscal year 2570 (BE) began on 1 October 2026 in Bangkok, which was 30 September at 17:00 UTC.
        Assert.True(PartialPeriod.IsFiscalYear(2570, new DateTime(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc)));
        Assert.False(PartialPeriod.IsFiscalYear(2569, new DateTime(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc)));
        Assert.True(PartialPeriod.IsFiscalYear(2569, new DateTime(2026, 9, 30, 16, 59, 0, DateTimeKind.Utc)));
    }
}
