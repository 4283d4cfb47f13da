using OpsCenter.Domain.Proposals;

namespace OpsCenter.Tests.Domain.Proposals;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("081-234-5678", "0812345678")]
    [InlineData("+66 81 234 5678", "0812345678")]
    [InlineData("66812345678", "0812345678")]
    [InlineData("(02) 123 4567", "021234567")]
    [InlineData("036.211.234", "036211234")]
    [InlineData("0912345678", "0912345678")]
    public void NormalizeThai_AcceptsTheWaysPeopleTypeNumbers(string text, string expected) =>
        Assert.Equal(expected, PhoneNumbers.NormalizeThai(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("+1 555 123 4567")]
    [InlineData("0112345678")]
    [InlineData("08123456789")]
    [InlineData("081234567a")]
    [InlineData("021234567890")]
    public void NormalizeThai_RefusesWhatIsNotAThaiNumber(string? text) => Assert.Null(PhoneNumbers.NormalizeThai(text));

    [Fact]
    public void RateLimit_AllowsUpToTheLimit_ZeroMeansNoLimit()
    {
        Assert.True(RateLimit.Allows(19, 20));
        Assert.False(RateLimit.Allows(20, 20));
        Assert.True(RateLimit.Allows(1000, 0));
    }
}
