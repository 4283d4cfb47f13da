using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Budget;

/// <summary>The money and fiscal-year edges the budget feature depends on.</summary>
public sealed class BudgetMoneyAndFiscalYearTests
{
    [Fact]
    public void BudgetLineRules_DisbursedAboveApproved_IsRefused()
    {
        Assert.Empty(BudgetLineRules.Check(Money.FromBaht(10), Money.FromBaht(10), Money.FromBaht(10)));
        Assert.Equal("disbursed", Assert.Single(BudgetLineRules.Check(Money.FromBaht(10), Money.FromBaht(10), new Money(1_001))).Field);
        Assert.Equal(["approved", "disbursed"], BudgetLineRules.Check(Money.Zero, new Money(-1), Money.Zero).Select(e => e.Field));
    }

    [Fact]
    public void SplitOfALargeApprovedAmount_LosesNoSatang()
    {
        var approved = Money.FromBaht(1_210_000_000.01m);
        var parts = BudgetAllocation.SplitEqually(approved.Satang, 7);
        Assert.Equal(approved, Money.Sum(parts.Select(p => new Money(p))));
        Assert.True(parts.Max() - parts.Min() <= 1);
    }

    [Theory]
    [InlineData("2025-09-30T16:59:59Z", 2568)]
    [InlineData("2025-09-30T17:00:00Z", 2569)]
    [InlineData("2026-09-30T16:59:59.9999999Z", 2569)]
    [InlineData("2026-09-30T17:00:00Z", 2570)]
    public void NeedIsMeasuredAtTheEndOfAPastFiscalYear_InBangkokTime(string nowText, int currentFiscalYear)
    {
        var now = DateTime.Parse(nowText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(currentFiscalYear, ThaiCalendar.FiscalYearOf(now));
        Assert.Equal(ThaiCalendar.FiscalYearEndUtc(currentFiscalYear - 1), NeedIndex.AsOfFor(currentFiscalYear - 1, now));
        Assert.Equal(now, NeedIndex.AsOfFor(currentFiscalYear, now));
    }

    [Fact]
    public void BudgetTerms_ParseThaiAndEnglishWords()
    {
        Assert.Equal(BudgetSource.LocalGovernment, BudgetTerms.ParseSource(" งบ อปท. "));
        Assert.Equal(BudgetSource.ProvinceGroup, BudgetTerms.ParseSource("province-group"));
        Assert.Equal(ProjectStatus.InProgress, BudgetTerms.ParseStatus("กำลังดำเนินการ"));
        Assert.Equal(Sectors.Environment, BudgetTerms.ParseSector("ด้านสิ่งแวดล้อม"));
        Assert.Equal(Sectors.Economy, BudgetTerms.ParseSector("ECONOMY"));
        Assert.Null(BudgetTerms.ParseSource("grants"));
    }
}
