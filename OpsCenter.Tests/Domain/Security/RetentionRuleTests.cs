using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Security;

public sealed class RetentionRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan TwoYears = TimeSpan.FromDays(730);

    [Theory]
    [InlineData(ReportStatus.Resolved, 731, true)]
    [InlineData(ReportStatus.Rejected, 800, true)]
    [InlineData(ReportStatus.Duplicate, 730, true)]
    [InlineData(ReportStatus.Resolved, 729, false)]
    [InlineData(ReportStatus.Received, 3000, false)]
    [InlineData(ReportStatus.InProgress, 3000, false)]
    [InlineData(ReportStatus.Forwarded, 3000, false)]
    public void IsDue_OnlyClosedReportsPastThePeriod(ReportStatus status, int daysSinceClosed, bool expected) =>
        Assert.Equal(expected, RetentionRule.IsDue(status, Now.AddDays(-daysSinceClosed), Now, Now, TwoYears));

    [Fact]
    public void IsDue_WithoutAResolvedTime_CountsFromTheLastUpdate() =>
        Assert.True(RetentionRule.IsDue(ReportStatus.Rejected, null, Now.AddDays(-731), Now, TwoYears));

    [Theory]
    [InlineData("โทร 081-234-5678 ได้ตลอด", "โทร [ลบข้อมูลส่วนบุคคลแล้ว] ได้ตลอด")]
    [InlineData("ติดต่อ +66 81 234 5678", "ติดต่อ [ลบข้อมูลส่วนบุคคลแล้ว]")]
    [InlineData("อีเมล somchai.j@example.co.th ครับ", "อีเมล [ลบข้อมูลส่วนบุคคลแล้ว] ครับ")]
    [InlineData("บัตร 1-1037-00123-45-6 หาย", "บัตร [ลบข้อมูลส่วนบุคคลแล้ว] หาย")]
    [InlineData("ถนนหน้าวัดเป็นหลุม 3 จุด ยาว 200 เมตร", "ถนนหน้าวัดเป็นหลุม 3 จุด ยาว 200 เมตร")]
    public void Scrub_RemovesContactDetails_KeepsTheProblem(string description, string expected) =>
        Assert.Equal(expected, RetentionRule.Scrub(description));
}
