using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Common;

public sealed class ThaiCalendarTests
{
    private static DateTime Bangkok(int year, int month, int day, int hour = 0, int minute = 0) =>
        ThaiCalendar.FromBangkok(new DateTime(year, month, day, hour, minute, 0));

    [Theory]
    [InlineData(2025, 9, 30, 23, 59, 2568)]
    [InlineData(2025, 10, 1, 0, 0, 2569)]
    [InlineData(2026, 9, 30, 12, 0, 2569)]
    [InlineData(2026, 11, 21, 9, 0, 2570)]
    public void FiscalYearOf_TurnsOnFirstOctoberBangkokTime(int y, int m, int d, int h, int min, int fiscalYear) =>
        Assert.Equal(fiscalYear, ThaiCalendar.FiscalYearOf(Bangkok(y, m, d, h, min)));

    [Fact]
    public void FiscalYearOf_UtcEveningOfThirtySeptember_IsAlreadyNextYearInBangkok()
    {
        // 17:30 UTC on 30 Sep is 00:30 on 1 Oct in Bangkok.
        var utc = new DateTime(2025, 9, 30, 17, 30, 0, DateTimeKind.Utc);
        Assert.Equal(2569, ThaiCalendar.FiscalYearOf(utc));
    }

    [Fact]
    public void FiscalYearStartAndEnd_AreHalfOpenBangkokMidnights()
    {
        Assert.Equal(new DateTime(2025, 9, 30, 17, 0, 0, DateTimeKind.Utc), ThaiCalendar.FiscalYearStartUtc(2569));
        Assert.Equal(ThaiCalendar.FiscalYearStartUtc(2570), ThaiCalendar.FiscalYearEndUtc(2569));
        Assert.Equal(2569, ThaiCalendar.FiscalYearOf(ThaiCalendar.FiscalYearStartUtc(2569)));
        Assert.Equal(2569, ThaiCalendar.FiscalYearOf(ThaiCalendar.FiscalYearEndUtc(2569).AddTicks(-1)));
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(12, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(7, 4)]
    [InlineData(9, 4)]
    public void FiscalQuarterOf_StartsInOctober(int month, int quarter) =>
        Assert.Equal(quarter, ThaiCalendar.FiscalQuarterOf(Bangkok(2026, month, 15)));

    [Fact]
    public void FormatDate_ThaiUsesBuddhistEraAndThaiMonth() =>
        Assert.Equal("21 พ.ย. 2569", ThaiCalendar.FormatDate(Bangkok(2026, 11, 21, 9), thai: true));

    [Fact]
    public void FormatDate_EnglishKeepsGregorianYear() =>
        Assert.Equal("21 Nov 2026", ThaiCalendar.FormatDate(Bangkok(2026, 11, 21, 9), thai: false));

    [Fact]
    public void FormatDate_UsesBangkokDayNotUtcDay()
    {
        var utc = new DateTime(2026, 12, 31, 18, 0, 0, DateTimeKind.Utc);
        Assert.Equal("1 ม.ค. 2570", ThaiCalendar.FormatDate(utc, thai: true));
    }

    [Fact]
    public void FormatDateTime_ThaiEndsWithNa() =>
        Assert.Equal("21 พ.ย. 2569 14:05 น.", ThaiCalendar.FormatDateTime(Bangkok(2026, 11, 21, 14, 5), thai: true));

    [Fact]
    public void FormatLongThaiDate_HasWeekdayAndPorSor() =>
        Assert.Equal("วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569", ThaiCalendar.FormatLongThaiDate(Bangkok(2026, 11, 21, 10)));

    [Fact]
    public void FormatDate_LeapDayInBuddhistEra() =>
        Assert.Equal("29 ก.พ. 2567", ThaiCalendar.FormatDate(Bangkok(2024, 2, 29, 12), thai: true));

    [Fact]
    public void FormatFiscalYear_BothLanguages()
    {
        Assert.Equal("ปีงบประมาณ พ.ศ. 2570", ThaiCalendar.FormatFiscalYear(2570, thai: true));
        Assert.Equal("FY 2027 (BE 2570)", ThaiCalendar.FormatFiscalYear(2570, thai: false));
    }

    [Fact]
    public void EnsureUtc_UnspecifiedIsTreatedAsUtc()
    {
        var unspecified = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(DateTimeKind.Utc, ThaiCalendar.EnsureUtc(unspecified).Kind);
        Assert.Equal(unspecified.Ticks, ThaiCalendar.EnsureUtc(unspecified).Ticks);
    }
}
