using OpsCenter.Domain.Kpis;

namespace OpsCenter.Tests.Domain.Kpis;

public sealed class KpiWordsTests
{
    [Fact]
    public void MissedTarget_IsNamedByTheKpisDirection()
    {
        // Road deaths 14 against "≤ 12": above the limit, not "below the target".
        var roadDeaths = KpiStatusRule.Of(14, 12, KpiDirection.LowerIsBetter);
        var disbursement = KpiStatusRule.Of(50, 80, KpiDirection.HigherIsBetter);

        Assert.Equal(new KpiWord("สูงกว่าเกณฑ์", "Above the limit"), KpiWords.Of(roadDeaths, KpiDirection.LowerIsBetter));
        Assert.Equal(new KpiWord("ต่ำกว่าเป้า", "Below target"), KpiWords.Of(disbursement, KpiDirection.HigherIsBetter));
    }

    [Theory]
    [InlineData(KpiStatus.OnTrack, "ตามเป้า")]
    [InlineData(KpiStatus.AtRisk, "เสี่ยง")]
    [InlineData(KpiStatus.Unknown, "รอข้อมูล")]
    public void OtherStatuses_ReadTheSameEitherWay(KpiStatus status, string thai)
    {
        Assert.Equal(thai, KpiWords.Of(status, KpiDirection.HigherIsBetter).Thai);
        Assert.Equal(KpiWords.Of(status, KpiDirection.HigherIsBetter), KpiWords.Of(status, KpiDirection.LowerIsBetter));
    }
}
