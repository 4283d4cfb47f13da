using CsvHelper;

namespace OpsCenter.Domain.Catalog.Uploads;

/// <summary>Reads a CSV file in one streaming pass (UTF-8, BOM or not; quoted fields may hold line breaks).</summary>
public static class CsvTableReader
{
    public static TableProfile Profile(Stream stream, int previewRows = 10, CancellationToken cancellationToken = default)
    {
        var builder = new TableProfileBuilder(previewRows);
        var malformed = 0;
        foreach (var row in Rows(stream, () => malformed++, cancellationToken))
        {
            if (!builder.HasHeader)
            {
                builder.Header(row);
            }
            else
            {
                builder.Row(row);
            }
        }

        if (malformed > 0)
        {
            builder.Problem("malformed-rows", malformed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.Build();
    }

    /// <summary>The header, then each record; the list is reused between rows, so copy what must outlive the step.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(Stream stream, Action? onMalformed = null, CancellationToken cancellationToken = default)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = _ => onMalformed?.Invoke(),
        };

        using var csv = CsvReader.Create(stream, options, true);
        var values = new List<string>();
        var headerGiven = false;
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!headerGiven)
            {
                headerGiven = true;
                yield return csv.Headers.ToList();
            }

            values.Clear();
            for (var i = 0; i < csv.FieldCount; i++)
            {
                values.Add(csv.GetString(i));
            }

            yield return values;
        }

        if (!headerGiven && csv.Headers is { Count: > 0 } headers)
        {
            yield return headers.ToList();
        }
    }
}
