using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpsCenter.Domain.Catalog.Uploads;

/// <summary>Reads the first worksheet of an XLSX workbook with the SAX reader, so large sheets never load whole.</summary>
public static class XlsxTableReader
{
    public static TableProfile Profile(Stream stream, int previewRows = 10, CancellationToken cancellationToken = default)
    {
        var builder = new TableProfileBuilder(previewRows);
        foreach (var values in Rows(stream, cancellationToken))
        {
            if (!builder.HasHeader)
            {
                builder.Header(values);
            }
            else
            {
                builder.Row(values);
            }
        }

        return builder.Build();
    }

    /// <summary>The first worksheet's rows, the header first.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(Stream stream, CancellationToken cancellationToken = default)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no worksheet.");
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];

        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return RowValues((Row)reader.LoadCurrentElement()!, shared);
        }
    }

    private static List<string> RowValues(Row row, List<string> shared)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? values.Count;
            while (values.Count < column)
            {
                values.Add("");
            }

            values.Add(CellText(cell, shared));
        }

        return values;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index < shared.Count)
        {
            return shared[index];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        return raw;
    }

    /// <summary>"C7" → 2: cells may be missing from a row, so the reference places each value.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index - 1;
    }
}
