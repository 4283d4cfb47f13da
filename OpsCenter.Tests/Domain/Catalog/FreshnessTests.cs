using OpsCenter.Domain.Catalog;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class FreshnessTests
{
    private static readonly DateTime Updated = new(2026, 1, 31, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NextDueAt_MonthlyFromThirtyFirst_ClampsToMonthEnd() =>
        Assert.Equal(new DateTime(2026, 2, 28, 3, 0, 0, DateTimeKind.Utc), Freshness.NextDueAt(Updated, FrequencyUnit.Month, 1));

    [Fact]
    public void NextDueAt_YearlyFromLeapDay_LandsOnTwentyEighth()
    {
        var leapDay = new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc), Freshness.NextDueAt(leapDay, FrequencyUnit.Year, 1));
    }

    [Fact]
    public void Of_NeverUpdated_IsOverdue() =>
        Assert.Equal(FreshnessState.Overdue, Freshness.Of(null, FrequencyUnit.Year, 1, Updated));

    [Fact]
    public void Of_ExactlyAtDue_IsOverdue() =>
        Assert.Equal(FreshnessState.Overdue, Freshness.Of(Updated, FrequencyUnit.Week, 1, Updated.AddDays(7)));

    [Fact]
    public void Of_WithinLastTenthOfPeriod_IsDueSoon() =>
        Assert.Equal(FreshnessState.DueSoon, Freshness.Of(Updated, FrequencyUnit.Year, 1, Updated.AddDays(330)));

    [Fact]
    public void Of_DailyData_WarnsOneDayAhead()
    {
        Assert.Equal(FreshnessState.DueSoon, Freshness.Of(Updated, FrequencyUnit.Day, 1, Updated.AddHours(1)));
        Assert.Equal(FreshnessState.Overdue, Freshness.Of(Updated, FrequencyUnit.Day, 1, Updated.AddHours(25)));
    }

    [Fact]
    public void Of_EarlyInPeriod_IsCurrent() =>
        Assert.Equal(FreshnessState.Current, Freshness.Of(Updated, FrequencyUnit.Quarter, 1, Updated.AddDays(10)));

    [Fact]
    public void NextDueAt_ZeroInterval_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Freshness.NextDueAt(Updated, FrequencyUnit.Month, 0));
}
