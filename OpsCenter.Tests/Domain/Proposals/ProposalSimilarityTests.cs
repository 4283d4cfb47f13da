using OpsCenter.Domain.Proposals;

namespace OpsCenter.Tests.Domain.Proposals;

public sealed class ProposalSimilarityTests
{
    [Fact]
    public void Trigrams_IgnoreSpacesPunctuationAndCase()
    {
        Assert.Equal(["abc", "bcd"], ProposalSimilarity.Trigrams("A b-C d!").Order());
        Assert.Equal(["ab"], ProposalSimilarity.Trigrams("ab"));
        Assert.Empty(ProposalSimilarity.Trigrams(" ,. "));
    }

    [Fact]
    public void TextSimilarity_IsJaccardOfTrigrams()
    {
        // {abc, bcd} against {abc, bce}: one shared of three distinct.
        Assert.Equal(1.0 / 3, ProposalSimilarity.TextSimilarity("abcd", "abce"), 12);
        Assert.Equal(1.0, ProposalSimilarity.TextSimilarity("ขุดลอกคลอง", "ขุด ลอก คลอง"), 12);
        Assert.Equal(0, ProposalSimilarity.TextSimilarity("", ""));
    }

    [Fact]
    public void ThaiTextKeepsToneMarks_SoSimilarWordsScoreHigherThanUnrelated()
    {
        var canal = ProposalSimilarity.TextSimilarity("ขุดลอกคลองป้องกันน้ำท่วม", "ขอขุดลอกคลองเพราะน้ำท่วมทุกปี");
        var lights = ProposalSimilarity.TextSimilarity("ขุดลอกคลองป้องกันน้ำท่วม", "ติดตั้งไฟฟ้าส่องสว่าง");
        Assert.True(canal > 0.2, $"canal {canal}");
        Assert.True(lights < 0.05, $"lights {lights}");
    }

    [Theory]
    [InlineData("190501", "190501", 1.0)]
    [InlineData("190501", "190502", 0.6)]
    [InlineData("1905", "190502", 0.6)]
    [InlineData("190501", "190101", 0.0)]
    public void AreaSimilarity_SameAreaOrSameDistrict(string a, string b, double expected) =>
        Assert.Equal(expected, ProposalSimilarity.AreaSimilarity(a, b));

    [Fact]
    public void Score_WeighsTextAreaAndSector()
    {
        // 0.65 × 1/3 + 0.25 × 0.6 + 0.10 × 1 = 0.46666…
        Assert.Equal(0.65 / 3 + 0.15 + 0.1, ProposalSimilarity.Score(1.0 / 3, "190501", "190502", "water", "water"), 12);
        Assert.Equal(0.65 / 3, ProposalSimilarity.Score(1.0 / 3, "190501", "190101", "water", "health"), 12);
    }
}
