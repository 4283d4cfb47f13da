using CsvHelper;

namespace OpsCenter.Domain.Catalog.Uploads;

/// <summary>Profiles a CSV file in one streaming pass (UTF-8, BOM or not; quoted fields may hold line breaks).</summary>
public static class CsvTableReader
{
    public static TableProfile Profile(Stream stream, int previewRows = 10, CancellationToken cancellationToken = default)
    {
        var builder = new TableProfileBuilder(previewRows);
        var malformed = 0;
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = _ => malformed++,
        };

        using var csv = CsvReader.Create(stream, options, true);
        var values = new List<string>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!builder.HasHeader)
            {
                builder.Header(csv.Headers);
            }

            values.Clear();
            for (var i = 0; i < csv.FieldCount; i++)
            {
                values.Add(csv.GetString(i));
            }

            builder.Row(values);
        }

        if (!builder.HasHeader && csv.Headers is { Count: > 0 } headers)
        {
            builder.Header(headers);
        }

        if (malformed > 0)
        {
            builder.Problem("malformed-rows", malformed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.Build();
    }
}
