using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Common;

public sealed class MoneyTests
{
    [Fact]
    public void FromBaht_TwoDecimals_IsExactSatang()
    {
        Assert.Equal(123_456L, Money.FromBaht(1234.56m).Satang);
        Assert.Equal(1234.56m, Money.FromBaht(1234.56m).Baht);
    }

    [Fact]
    public void FromBaht_ThreeDecimals_IsRefused() => Assert.Throws<ArgumentException>(() => Money.FromBaht(1.005m));

    [Fact]
    public void Sum_ManyTenthsOfBaht_HasNoFloatingPointDrift()
    {
        var total = Money.Sum(Enumerable.Repeat(Money.FromBaht(0.10m), 1_000_000));
        Assert.Equal(Money.FromBaht(100_000), total);
    }

    [Fact]
    public void Addition_BeyondLongRange_Throws() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));

    [Theory]
    [InlineData("1,234.50", 123_450L)]
    [InlineData("฿ 2,000", 200_000L)]
    [InlineData("15 บาท", 1_500L)]
    [InlineData("-3.5", -350L)]
    public void TryParseBaht_AcceptsThaiAndPlainForms(string text, long satang)
    {
        Assert.True(Money.TryParseBaht(text, out var money));
        Assert.Equal(satang, money.Satang);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.234")]
    [InlineData("1e5")]
    [InlineData("99999999999999999999999")]
    public void TryParseBaht_RejectsMalformed(string text) => Assert.False(Money.TryParseBaht(text, out _));

    [Fact]
    public void ToString_AlwaysTwoDecimalsWithSeparators() => Assert.Equal("1,210,000,000.00", Money.FromBaht(1_210_000_000).ToString());

    [Theory]
    [InlineData(1_210_000_000L, true, "1,210 ล้าน")]
    [InlineData(680_200_000L, true, "680.2 ล้าน")]
    [InlineData(680_200_000L, false, "680.2M")]
    [InlineData(4_500L, false, "4.5k")]
    [InlineData(999L, true, "999")]
    public void ToCompactString_UsesMillionsInThai(long baht, bool thai, string expected) =>
        Assert.Equal(expected, Money.FromBaht(baht).ToCompactString(thai));

    [Fact]
    public void ShareOf_ZeroTotal_IsZero() => Assert.Equal(0, Money.FromBaht(5).ShareOf(Money.Zero));

    [Fact]
    public void Comparison_OrdersBySatang() =>
        Assert.Equal([Money.FromBaht(1), Money.FromBaht(2), Money.FromBaht(3)], new[] { Money.FromBaht(3), Money.FromBaht(1), Money.FromBaht(2) }.Order());
}
