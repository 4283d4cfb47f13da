using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class ProjectImportValidatorTests
{
    private static readonly ProjectImportLookups Lookups = new(
        "19",
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["SRB-RID"] = 7 },
        new HashSet<string> { "19", "1901", "1902", "190101" },
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["SRB-DI-02"] = 2 },
        new Dictionary<string, string> { ["PTE-2570-0001"] = "13", ["SRB-2570-0001"] = "19" });

    private static Dictionary<string, string?> Good() => new()
    {
        ["code"] = "SRB-X-1", ["name_th"] = "โครงการขุดลอกคลอง", ["sector"] = "ทรัพยากรน้ำ", ["owner_agency"] = "srb-rid",
        ["area_codes"] = "1901; TH1902", ["fiscal_year"] = "2570", ["source"] = "งบจังหวัด", ["requested"] = "1,200,000.50",
        ["approved"] = "1000000", ["disbursed"] = "", ["status"] = "", ["development_issue"] = "SRB-DI-02",
    };

    private static (ProjectImportRow? Row, List<ImportIssue> Issues) Validate(Dictionary<string, string?> fields) =>
        ProjectImportValidator.Validate(5, name => fields.GetValueOrDefault(name), Lookups);

    [Fact]
    public void GoodRow_ParsesThaiWordsCodesAndAmounts()
    {
        var (row, issues) = Validate(Good());

        Assert.Empty(issues);
        Assert.NotNull(row);
        Assert.Equal(Sectors.Water, row.Sector);
        Assert.Equal(7, row.OwnerAgencyId);
        Assert.Equal(["1901", "1902"], row.AreaCodes);
        Assert.Equal(BudgetSource.Province, row.Source);
        Assert.Equal(120_000_050L, row.Requested.Satang);
        Assert.Equal(Money.FromBaht(1_000_000), row.Approved);
        Assert.Equal(Money.Zero, row.Disbursed);
        Assert.Equal(ProjectStatus.Approved, row.Status); // approved money and no status: approved
        Assert.Equal(2, row.DevelopmentIssueId);
    }

    [Theory]
    [InlineData("code", "", "code")]
    [InlineData("code", "PTE-2570-0001", "code")]
    [InlineData("name_th", " ", "name_th")]
    [InlineData("sector", "roads", "sector")]
    [InlineData("owner_agency", "SRB-NOPE", "owner_agency")]
    [InlineData("area_codes", "1301", "area_codes")]
    [InlineData("area_codes", "19x1", "area_codes")]
    [InlineData("fiscal_year", "2026", "fiscal_year")]
    [InlineData("fiscal_year", "2499", "fiscal_year")]
    [InlineData("fiscal_year", "๒๕๗๐", "fiscal_year")]
    [InlineData("source", "budget", "source")]
    [InlineData("requested", "", "requested")]
    [InlineData("requested", "1.005", "requested")]
    [InlineData("requested", "-5", "requested")]
    [InlineData("approved", "ten", "approved")]
    [InlineData("disbursed", "2000000", "disbursed")]
    [InlineData("status", "maybe", "status")]
    [InlineData("development_issue", "SRB-DI-99", "development_issue")]
    public void BadField_IsRefusedNamingTheFieldAndRow(string field, string value, string reportedField)
    {
        var fields = Good();
        fields[field] = value;

        var (row, issues) = Validate(fields);

        Assert.Null(row);
        var issue = Assert.Single(issues);
        Assert.Equal((5L, reportedField), (issue.Row, issue.Field));
        Assert.False(string.IsNullOrWhiteSpace(issue.Thai));
        Assert.False(string.IsNullOrWhiteSpace(issue.English));
    }

    [Fact]
    public void AreaOfAnotherProvince_IsRefusedNamingThatProvince()
    {
        var fields = Good();
        fields["area_codes"] = "1901; 1301";

        var issue = Assert.Single(Validate(fields).Issues);

        Assert.Equal("area_codes", issue.Field);
        Assert.Contains("จังหวัดปทุมธานี", issue.Thai, StringComparison.Ordinal);
        Assert.Contains("Pathum Thani", issue.English, StringComparison.Ordinal);
    }

    [Fact]
    public void GregorianYear_SuggestsTheBuddhistEra()
    {
        var fields = Good();
        fields["fiscal_year"] = "2027";
        var issue = Assert.Single(Validate(fields).Issues);
        Assert.Contains("2570", issue.English, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralBadFields_AreAllReported()
    {
        var fields = Good();
        fields["sector"] = "?";
        fields["requested"] = "x";
        Assert.Equal(["sector", "requested"], Validate(fields).Issues.Select(i => i.Field));
    }

    [Fact]
    public void Columns_AreFoundByThaiHeadersAndDespiteABom()
    {
        var located = ImportColumn.Locate(ProjectImportValidator.Columns, ["\uFEFFรหัสโครงการ", "ชื่อโครงการ", "ด้าน", "หน่วยงาน", "พื้นที่", "ปีงบประมาณ", "แหล่งงบประมาณ", "งบที่ขอ"]);
        Assert.Equal(0, located["code"]);
        Assert.Equal(7, located["requested"]);
        Assert.True(ProjectImportValidator.Columns.Where(c => c.Required).All(c => located.ContainsKey(c.Name)));
    }
}
