using CsvHelper;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>A row of any import format, read and checked on its own, before it is placed in an area.</summary>
public sealed record ImportRow
{
    public long RowNumber { get; init; }

    public required string ExternalId { get; init; }

    public ReportKind Kind { get; init; }

    public required string CategoryCode { get; init; }

    public required string Description { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? ProvinceName { get; init; }

    public string? DistrictName { get; init; }

    public string? SubdistrictName { get; init; }

    public string? DistrictCode { get; init; }

    public string? SubdistrictCode { get; init; }

    public string? Address { get; init; }

    public DateTime ReceivedAt { get; init; }

    public DateTime? ResolvedAt { get; init; }

    public ReportStatus Status { get; init; }

    public string? ExternalStatus { get; init; }

    public string? PhotoUrl { get; init; }

    public int ReporterCount { get; init; } = 1;

    public int ReopenCount { get; init; }
}

/// <summary>Why a row was not imported, with its row number (the header is row 1) and its id if it had one.</summary>
public sealed record ImportRejection(long Row, string? ExternalId, string Reason);

/// <summary>A file layout: which columns it needs, and how a row becomes an <see cref="ImportRow"/>.</summary>
public interface IImportFormat
{
    ImportSource Source { get; }

    /// <summary>A message naming the missing columns, or null when the header has what the format needs.</summary>
    string? CheckHeader(IReadOnlyList<string> headers);

    (ImportRow? Row, string? Rejection) Parse(CsvReader csv, long rowNumber);
}

/// <summary>Column lookup by name, tolerant of case, spaces and a stray BOM; missing columns read as empty.</summary>
public sealed class ImportColumns(IReadOnlyList<string> headers)
{
    private readonly Dictionary<string, int> _index = headers
        .Select((h, i) => (Name: h.Trim().Trim('\uFEFF'), i))
        .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    public bool Has(string name) => _index.ContainsKey(name);

    public string? Get(CsvReader csv, string name)
    {
        if (!_index.TryGetValue(name, out var i) || i >= csv.FieldCount || csv.IsEmpty(i))
        {
            return null;
        }

        var value = csv.GetString(i);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

/// <summary>Import text goes into the same tables as web reports: control characters out, lengths capped.</summary>
public static class ImportText
{
    public static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Trim();
        if (!Intake.SubmissionRules.IsStorableText(cleaned))
        {
            // Rare: strip what the database cannot hold rather than lose the row.
            cleaned = new string(cleaned.Where(c => !char.IsSurrogate(c) && (!char.IsControl(c) || c is '\n' or '\r' or '\t')).ToArray());
        }

        return cleaned.Length <= max ? cleaned : cleaned[..max];
    }

    public static string? Url(string? text) =>
        text is { Length: <= 500 } && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? text.Trim() : null;
}
