using OpsCenter.Domain.Reports.Tallies;

namespace OpsCenter.Tests.Domain.Reports;

/// <summary>How a window of instants is cut into whole Bangkok days (tallies) and partial days (raw rows), at awkward dates.</summary>
public sealed class TallyWindowTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Since_ABangkokMidnight_IsWholeDaysOnly()
    {
        // 1 January 2027 00:00 Bangkok is 31 December 2026 17:00 UTC.
        var window = TallyWindow.Since(Utc(2026, 12, 31, 17));

        Assert.Equal(new DateOnly(2027, 1, 1), window.FirstDay);
        Assert.Null(window.LastDay);
        Assert.Empty(window.Edges);
    }

    [Fact]
    public void Of_InstantsInsideDays_ReadsTheirPartialDaysRaw_AndTheDaysBetweenFromTallies()
    {
        // 30 September 2026 20:30 Bangkok (the last day of fiscal 2569) to 2 October 2026 09:15 Bangkok.
        var from = Utc(2026, 9, 30, 13, 30);
        var until = Utc(2026, 10, 2, 2, 15);

        var window = TallyWindow.Of(from, until);

        Assert.Equal(new DateOnly(2026, 10, 1), window.FirstDay);
        Assert.Equal(new DateOnly(2026, 10, 1), window.LastDay);
        Assert.Equal([(from, Utc(2026, 9, 30, 17)), (Utc(2026, 10, 1, 17), until)], window.Edges);
        Assert.True(window.HasDays);
    }

    [Fact]
    public void Of_AWindowInsideOneDay_IsOneRawEdge()
    {
        var from = Utc(2028, 2, 29, 1);
        var until = Utc(2028, 2, 29, 9);

        var window = TallyWindow.Of(from, until);

        Assert.False(window.HasDays);
        Assert.Equal([(from, until)], window.Edges);
    }

    [Fact]
    public void Of_EndingAtABangkokMidnight_HasNoTrailingEdge()
    {
        var window = TallyWindow.Of(Utc(2026, 11, 30, 17), Utc(2026, 12, 31, 17));

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), (window.FirstDay, window.LastDay!.Value));
        Assert.Empty(window.Edges);
    }

    [Fact]
    public void Grains_OfAFiscalYearFromMidMonth_AreWholeMonthsBetweenTheDaysOfTheTwoPartialMonths()
    {
        // From Bangkok's midnight of 17 Oct 2025 to that of 6 Oct 2026: days 17–31 Oct, months Nov–Sep, days 1–5 Oct.
        var grains = TallyGrains.Of(TallyWindow.Of(Utc(2025, 10, 16, 17), Utc(2026, 10, 5, 17)));

        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2026, 9, 1)), (grains.FirstMonth, grains.LastMonth));
        Assert.Equal((new DateOnly(2025, 10, 17), new DateOnly(2025, 10, 31)), (grains.LeadFrom, grains.LeadTo));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 5)), (grains.TrailFrom, grains.TrailTo));
    }

    [Fact]
    public void Grains_SinceTheFirstOfAMonth_AreEveryMonthFromIt_AndNoDays()
    {
        var grains = TallyGrains.Of(TallyWindow.Since(Utc(2028, 1, 31, 17)));

        Assert.Equal((new DateOnly(2028, 2, 1), DateOnly.MaxValue), (grains.FirstMonth, grains.LastMonth));
        Assert.True(grains.LeadFrom > grains.LeadTo);
        Assert.True(grains.TrailFrom > grains.TrailTo);
    }

    [Fact]
    public void Grains_InsideOneMonth_AreDaysOnly()
    {
        // 10–28 February 2028, a leap year: no whole month.
        var grains = TallyGrains.Of(TallyWindow.Of(Utc(2028, 2, 9, 17), Utc(2028, 2, 28, 17)));

        Assert.True(grains.FirstMonth > grains.LastMonth);
        Assert.Equal((new DateOnly(2028, 2, 10), new DateOnly(2028, 2, 28)), (grains.LeadFrom, grains.LeadTo));
        Assert.True(grains.TrailFrom > grains.TrailTo);
    }

    [Fact]
    public void Grains_EndingOnAMonthsLastDay_HaveNoTrailingDays()
    {
        // 1 Dec 2026 to 31 Dec 2027 inclusive: thirteen whole months.
        var grains = TallyGrains.Of(TallyWindow.Of(Utc(2026, 11, 30, 17), Utc(2027, 12, 31, 17)));

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 12, 1)), (grains.FirstMonth, grains.LastMonth));
        Assert.True(grains.LeadFrom > grains.LeadTo);
        Assert.True(grains.TrailFrom > grains.TrailTo);
    }

    [Fact]
    public void MonthsAndDays_OfAYearEndingOnThe6th_ReadTwoWholeMonthsLessTheirDaysOutside_NotThirtyDays()
    {
        // 7 Dec 2025 to 5 Dec 2026 inclusive, read on 6 Dec: December 2025 less 1–6 Dec, December 2026 less 6–31 Dec
        // (of which only the 6th can hold rows), instead of 25 + 5 days.
        var grains = TallyGrains.Of(TallyWindow.Of(Utc(2025, 12, 6, 17), Utc(2026, 12, 5, 17)));

        var plan = TallyMonthsAndDays.Of(grains, new DateOnly(2026, 12, 6));

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 12, 1)), (plan.FirstMonth, plan.LastMonth));
        Assert.Empty(plan.Days);
        Assert.Equal(Days(new DateOnly(2025, 12, 1), 6).Concat(Days(new DateOnly(2026, 12, 6), 26)), plan.Subtracted);
    }

    [Fact]
    public void MonthsAndDays_OfAPastYearEndingEarlyInAMonth_ReadItsFewDaysDirectly()
    {
        // 3 Nov 2025 to 2 Nov 2026, read in January when all November holds rows: its 2 days beat its 28 days less.
        var grains = TallyGrains.Of(TallyWindow.Of(Utc(2025, 11, 2, 17), Utc(2026, 11, 2, 17)));

        var plan = TallyMonthsAndDays.Of(grains, new DateOnly(2027, 1, 10));

        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 1)), (plan.FirstMonth, plan.LastMonth));
        Assert.Equal(Days(new DateOnly(2026, 11, 1), 2), plan.Days);
        Assert.Equal(Days(new DateOnly(2025, 11, 1), 2), plan.Subtracted);
    }

    [Fact]
    public void MonthsAndDays_OfEveryWindow_CoverExactlyItsWholeDays()
    {
        // Any start and length across a leap February and a year's end, read on its last day or long after.
        var origin = new DateOnly(2027, 11, 20);
        for (var start = 0; start < 130; start += 3)
        {
            foreach (var length in new[] { 1, 20, 31, 45, 70, 365 })
            {
                var first = origin.AddDays(start);
                var last = first.AddDays(length - 1);
                var window = TallyWindow.Of(Utc(first.Year, first.Month, first.Day, 0).AddHours(-7), Utc(last.Year, last.Month, last.Day, 0).AddHours(17));
                foreach (var lastDataDay in new[] { last.AddDays(1), last.AddDays(90) })
                {
                    var plan = TallyMonthsAndDays.Of(TallyGrains.Of(window), lastDataDay);
                    var read = new Dictionary<DateOnly, int>();
                    for (var month = plan.FirstMonth; month <= plan.LastMonth && month.Year < 2100; month = month.AddMonths(1))
                    {
                        foreach (var day in Days(month, DateTime.DaysInMonth(month.Year, month.Month)))
                        {
                            read[day] = read.GetValueOrDefault(day) + 1;
                        }
                    }

                    plan.Days.ToList().ForEach(day => read[day] = read.GetValueOrDefault(day) + 1);
                    plan.Subtracted.ToList().ForEach(day => read[day] = read.GetValueOrDefault(day) - 1);
                    Assert.Equal(Days(first, length), read.Where(d => d.Value != 0).Select(d => d.Key).Order());
                    Assert.All(read.Values, count => Assert.InRange(count, 0, 1));
                }
            }
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, int count) => Enumerable.Range(0, count).Select(from.AddDays);
}
