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
}
