using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsCenter.Domain.Catalog.Uploads;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class UploadSchemaCheckTests
{
    private static TableProfile Csv(string text) => CsvTableReader.Profile(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("42", ColumnType.Integer)]
    [InlineData("638,582", ColumnType.Integer)]
    [InlineData("-3.25", ColumnType.Decimal)]
    [InlineData("1,234.5", ColumnType.Decimal)]
    [InlineData("2026-11-21", ColumnType.Date)]
    [InlineData("21/11/2569", ColumnType.Date)]
    [InlineData("true", ColumnType.Boolean)]
    [InlineData("สระบุรี", ColumnType.Text)]
    [InlineData("  ", ColumnType.Empty)]
    public void ColumnType_OfOneValue(string value, ColumnType expected) => Assert.Equal(expected, ColumnTypeInference.OfValue(value));

    [Fact]
    public void ColumnType_Merge_WidensIntegersAndFallsBackToText()
    {
        Assert.Equal(ColumnType.Decimal, ColumnTypeInference.Merge(ColumnType.Integer, ColumnType.Decimal));
        Assert.Equal(ColumnType.Integer, ColumnTypeInference.Merge(ColumnType.Empty, ColumnType.Integer));
        Assert.Equal(ColumnType.Text, ColumnTypeInference.Merge(ColumnType.Date, ColumnType.Integer));
    }

    [Fact]
    public void Csv_WithBomQuotedNewlinesAndThai_IsProfiled()
    {
        var profile = Csv("\uFEFFcode,name,population,note\n190101,ปากเพรียว,\"12,345\",\"บรรทัดแรก\nบรรทัดสอง\"\n190102,ดาวเรือง,9876,\n\n");

        Assert.Equal(["code", "name", "population", "note"], profile.Columns.Select(c => c.Name));
        Assert.Equal([ColumnType.Integer, ColumnType.Text, ColumnType.Integer, ColumnType.Text], profile.Columns.Select(c => c.Type));
        Assert.Equal(2, profile.RowCount);
        Assert.Equal("บรรทัดแรก\nบรรทัดสอง", profile.Preview[0][3]);
        Assert.Empty(UploadCheck.IssuesOf(profile));
    }

    [Fact]
    public void Csv_DuplicateColumnsOrNoRows_AreBlocking()
    {
        Assert.Contains(UploadCheck.IssuesOf(Csv("a,b,A\n1,2,3\n")), i => i.Code == "duplicate-column" && i.Blocking);
        Assert.Contains(UploadCheck.IssuesOf(Csv("a,b\n")), i => i.Code == "no-rows" && i.Blocking);
        Assert.Contains(UploadCheck.IssuesOf(Csv("")), i => i.Code == "no-columns" && i.Blocking);
    }

    [Fact]
    public void Csv_RaggedRows_AreAWarning()
    {
        var issues = UploadCheck.IssuesOf(Csv("a,b,c\n1,2,3\n4,5\n"));
        var ragged = Assert.Single(issues);
        Assert.Equal("ragged-rows", ragged.Code);
        Assert.False(ragged.Blocking);
    }

    [Fact]
    public void Xlsx_FirstSheet_IsProfiledLikeCsv()
    {
        var profile = XlsxTableReader.Profile(Workbook(["district", "cases", "rate"], ["แก่งคอย", "12", "3.5"], ["เสาไห้", "7", "1.25"]));

        Assert.Equal(["district", "cases", "rate"], profile.Columns.Select(c => c.Name));
        Assert.Equal([ColumnType.Text, ColumnType.Integer, ColumnType.Decimal], profile.Columns.Select(c => c.Type));
        Assert.Equal(2, profile.RowCount);
        Assert.Equal("เสาไห้", profile.Preview[1][0]);
    }

    [Fact]
    public void Schema_AddedRemovedRenamedAndTypeChanged_AreReported()
    {
        var previous = Csv("code,name,cases,rate,note\n1,a,5,1.5,x\n2,b,6,2.5,y\n");
        var current = Csv("code,district_name,cases,rate,source\n1,a,5,high,s\n2,b,6,low,t\n3,c,7,low,u\n");

        var changes = SchemaComparison.Compare(previous.Columns, previous.RowCount, current.Columns, current.RowCount);

        Assert.Equal([new ColumnRename("name", "district_name"), new ColumnRename("note", "source")], changes.Renamed);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
        Assert.Equal(new ColumnTypeChange("rate", ColumnType.Decimal, ColumnType.Text), Assert.Single(changes.TypeChanged));
        Assert.Equal(1, changes.RowDelta);
        Assert.True(changes.IsBreaking);
    }

    [Fact]
    public void Schema_NewColumnAtTheEnd_IsAddedAndNotBreaking()
    {
        var previous = Csv("code,cases\n1,5\n");
        var current = Csv("code,cases,deaths\n1,5,0\n");

        var changes = SchemaComparison.Compare(previous.Columns, previous.RowCount, current.Columns, current.RowCount);

        Assert.Equal(["deaths"], changes.Added);
        Assert.False(changes.IsBreaking);
    }

    [Fact]
    public void Schema_DroppedColumn_IsRemoved()
    {
        var previous = Csv("code,cases,deaths\n1,5,0\n");
        var current = Csv("code,cases\n1,5\n");
        Assert.Equal(["deaths"], SchemaComparison.Compare(previous.Columns, 1, current.Columns, 1).Removed);
    }

    [Theory]
    [InlineData("data.csv", "a,b", "CSV")]
    [InlineData("DATA.XLSX", "PK\u0003\u0004", "XLSX")]
    [InlineData("data.csv", "PK\u0003\u0004", null)]
    [InlineData("data.xlsx", "a,b", null)]
    [InlineData("data.pdf", "%PDF", null)]
    public void Format_FromNameAndContent(string name, string head, string? expected)
    {
        var bytes = Encoding.ASCII.GetBytes(head);
        Assert.Equal(expected, DatasetUploadService.FormatOf(name, bytes, bytes.Length));
    }

    internal static MemoryStream Workbook(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(v => double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? new Cell { CellValue = new CellValue(v), DataType = CellValues.Number }
                    : new Cell { InlineString = new InlineString(new Text(v)), DataType = CellValues.InlineString })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "data" }));
        }

        stream.Position = 0;
        return stream;
    }
}
