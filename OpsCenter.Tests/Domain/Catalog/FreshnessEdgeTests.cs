using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class FreshnessEdgeTests
{
    [Theory]
    [InlineData(FrequencyUnit.Day, 3, "2026-03-04")]
    [InlineData(FrequencyUnit.Week, 2, "2026-03-15")]
    [InlineData(FrequencyUnit.Month, 1, "2026-04-01")]
    [InlineData(FrequencyUnit.Quarter, 1, "2026-06-01")]
    [InlineData(FrequencyUnit.HalfYear, 1, "2026-09-01")]
    [InlineData(FrequencyUnit.Year, 2, "2028-03-01")]
    public void NextDueAt_EachUnit_AddsCalendarPeriods(FrequencyUnit unit, int interval, string expected)
    {
        var updated = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Date, Freshness.NextDueAt(updated, unit, interval).Date);
    }

    [Fact]
    public void NextDueAt_QuarterFromNovember30_LandsOnLeapDay()
    {
        var updated = new DateTime(2027, 11, 30, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2028, 2, 29, 10, 0, 0, DateTimeKind.Utc), Freshness.NextDueAt(updated, FrequencyUnit.Quarter, 1));
    }

    [Fact]
    public void NextDueAt_FourYearsFromLeapDay_KeepsLeapDay() =>
        Assert.Equal(new DateTime(2028, 2, 29, 0, 0, 0, DateTimeKind.Utc), Freshness.NextDueAt(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), FrequencyUnit.Year, 4));

    [Fact]
    public void NextDueAt_HalfYearFromAugust31_ClampsToFebruaryEnd() =>
        Assert.Equal(new DateTime(2027, 2, 28, 0, 0, 0, DateTimeKind.Utc), Freshness.NextDueAt(new DateTime(2026, 8, 31, 0, 0, 0, DateTimeKind.Utc), FrequencyUnit.HalfYear, 1));

    [Fact]
    public void Of_YearlyDueSoonWindow_IsTheLastTenthOfALeapYear()
    {
        var updated = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var due = new DateTime(2028, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var window = TimeSpan.FromTicks((due - updated).Ticks / 10);
        Assert.Equal(366, (due - updated).TotalDays);
        Assert.Equal(FreshnessState.Current, Freshness.Of(updated, FrequencyUnit.Year, 1, due - window - TimeSpan.FromSeconds(1)));
        Assert.Equal(FreshnessState.DueSoon, Freshness.Of(updated, FrequencyUnit.Year, 1, due - window));
        Assert.Equal(FreshnessState.DueSoon, Freshness.Of(updated, FrequencyUnit.Year, 1, due.AddTicks(-1)));
        Assert.Equal(FreshnessState.Overdue, Freshness.Of(updated, FrequencyUnit.Year, 1, due));
    }

    [Fact]
    public void DueDate_ShownInBuddhistEra_InThai()
    {
        // Updated at 20:00 UTC on 28 Feb 2028 is 03:00 on the leap day in Bangkok; a year later is 1 Mar 2029 in Bangkok.
        var updated = new DateTime(2028, 2, 28, 20, 0, 0, DateTimeKind.Utc);
        Assert.Equal("29 ก.พ. 2571", ThaiCalendar.FormatDate(updated, thai: true));
        var due = Freshness.NextDueAt(updated, FrequencyUnit.Year, 1);
        Assert.Equal("1 มี.ค. 2572", ThaiCalendar.FormatDate(due, thai: true));
        Assert.Equal("1 Mar 2029", ThaiCalendar.FormatDate(due, thai: false));
    }

    [Fact]
    public void Dataset_MetadataEditTime_DoesNotAffectFreshness()
    {
        var now = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var dataset = new Dataset
        {
            ProvinceCode = "19", Slug = "x", TitleTh = "x", FrequencyUnit = FrequencyUnit.Month, FrequencyInterval = 1,
            LastDataUpdateAt = now.AddMonths(-2), MetadataModifiedAt = now.AddHours(-1),
        };
        Assert.Equal(FreshnessState.Overdue, dataset.FreshnessAt(now));
    }
}
