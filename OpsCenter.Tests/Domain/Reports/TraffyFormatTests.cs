using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class TraffyFormatTests
{
    [Fact]
    public void ParseCoords_IsLongitudeFirst()
    {
        Assert.Equal((13.81565, 100.87281), TraffyFormat.ParseCoords("100.87281,13.81565"));
        Assert.Null(TraffyFormat.ParseCoords("not,a point"));
        Assert.Null(TraffyFormat.ParseCoords(""));
    }

    [Fact]
    public void ParseColumns_TheSwappedLatituteColumnIsDetectedByItsValues()
    {
        // traffy_export_2023-11: "Latitute" holds 100.49 (a longitude), "Longitude" holds 13.75.
        Assert.Equal((13.75458, 100.49385), TraffyFormat.ParseColumns("100.49385", "13.75458"));
        Assert.Equal((13.75458, 100.49385), TraffyFormat.ParseColumns("13.75458", "100.49385"));
    }

    [Theory]
    [InlineData("{ถนน,ทางเท้า}", new[] { "ถนน", "ทางเท้า" })]
    [InlineData("ต้นไม้,เสนอแนะ", new[] { "ต้นไม้", "เสนอแนะ" })]
    [InlineData("{}", new string[0])]
    [InlineData("ฝุ่นควัน&กลิ่น&PM2.5, ไฟฟ้า", new[] { "ฝุ่นควัน&กลิ่น&PM2.5", "ไฟฟ้า" })]
    public void ParseLabels_BracesOrNot(string type, string[] expected)
    {
        Assert.Equal(expected, TraffyFormat.ParseLabels(type));
    }

    [Theory]
    [InlineData("{น้ำท่วม,ถนน}", "flood")]
    [InlineData("{ถนน,ทางเท้า}", "road")]
    [InlineData("ฝุ่นควัน&กลิ่น&PM2.5", "pm25")]
    [InlineData("{เสนอแนะ}", "other")]
    public void CategoryOf_MapsTheTaxonomy(string type, string expected)
    {
        Assert.Equal(expected, TraffyFormat.CategoryOf(TraffyFormat.ParseLabels(type)));
    }

    [Theory]
    [InlineData("เสร็จสิ้น", ReportStatus.Resolved)]
    [InlineData("finish", ReportStatus.Resolved)]
    [InlineData("กำลังดำเนินการ", ReportStatus.InProgress)]
    [InlineData("follow", ReportStatus.InProgress)]
    [InlineData("ส่งต่อ(ใหม่)", ReportStatus.Forwarded)]
    [InlineData("ไม่เกี่ยวข้อง", ReportStatus.Rejected)]
    [InlineData("รอรับเรื่อง", ReportStatus.Received)]
    [InlineData("", ReportStatus.Received)]
    [InlineData("สถานะใหม่ที่ไม่รู้จัก", ReportStatus.Received)]
    public void StatusOf_ThaiAndEnglishStates(string state, ReportStatus expected)
    {
        Assert.Equal(expected, TraffyFormat.StatusOf(state));
    }

    [Fact]
    public void ParseTimestamp_UtcWithTrimmedFraction()
    {
        Assert.Equal(new DateTime(2023, 5, 12, 13, 27, 54, 482, DateTimeKind.Utc).AddTicks(1380),
            TraffyFormat.ParseTimestamp("2023-05-12 13:27:54.482138+00"));
        Assert.Equal(new DateTime(2023, 5, 12, 13, 27, 54, 400, DateTimeKind.Utc), TraffyFormat.ParseTimestamp("2023-05-12 13:27:54.4+00"));
    }

    [Fact]
    public void ParseTimestamp_DayMonthYearIsBangkokLocalTime()
    {
        Assert.Equal(new DateTime(2023, 11, 28, 14, 1, 0, DateTimeKind.Utc), TraffyFormat.ParseTimestamp("28/11/2023 21:01"));
        Assert.Equal(new DateTime(2023, 11, 28, 14, 1, 0, DateTimeKind.Utc), TraffyFormat.ParseTimestamp("28/11/2566 21:01"));
        Assert.Null(TraffyFormat.ParseTimestamp("yesterday"));
    }

    [Theory]
    [InlineData("จังหวัดกรุงเทพมหานคร", "กรุงเทพมหานคร")]
    [InlineData("กรุงเทพมหานคร", "กรุงเทพมหานคร")]
    [InlineData(" เมือง สระบุรี ", "เมืองสระบุรี")]
    public void NormalizePlaceName_DropsPrefixesAndSpaces(string name, string expected)
    {
        Assert.Equal(expected, TraffyFormat.NormalizePlaceName(name));
    }
}
