using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>One line of an import's account: a rejected row, or an accepted row flagged for a steward.</summary>
public sealed record ImportAccountLine(long Row, string? ExternalId, string Outcome, string Reason);

/// <summary>
/// An import's full account, kept with the run and downloadable as CSV: every rejected and flagged row, never a first
/// few. The CLI writes the same CSV with <c>--rejections FILE</c>.
/// </summary>
public static class ImportAccount
{
    public const string Rejected = "rejected";
    public const string Flagged = "flagged";

    public static string ToJson(IEnumerable<ImportRejection> rejections, IEnumerable<ImportRejection> flags) =>
        JsonSerializer.Serialize(Lines(rejections, flags).Select(l => new { row = l.Row, id = l.ExternalId, outcome = l.Outcome, reason = l.Reason }));

    public static IEnumerable<ImportAccountLine> Lines(IEnumerable<ImportRejection> rejections, IEnumerable<ImportRejection> flags) =>
        rejections.Select(r => new ImportAccountLine(r.Row, r.ExternalId, Rejected, r.Reason))
            .Concat(flags.Select(f => new ImportAccountLine(f.Row, f.ExternalId, Flagged, f.Reason)))
            .OrderBy(l => l.Row);

    public static IReadOnlyList<ImportAccountLine> FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => new ImportAccountLine(
            e.GetProperty("row").GetInt64(),
            e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            e.TryGetProperty("outcome", out var outcome) ? outcome.GetString() ?? Rejected : Rejected,
            e.GetProperty("reason").GetString() ?? "")).ToList();
    }

    /// <summary>CSV with a BOM (so spreadsheet programs read the Thai), RFC 4180 quoting.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<ImportAccountLine> lines)
    {
        writer.Write("row,ticket_id,outcome,reason\r\n");
        foreach (var line in lines)
        {
            writer.Write(line.Row.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Quote(line.ExternalId));
            writer.Write(',');
            writer.Write(line.Outcome);
            writer.Write(',');
            writer.Write(Quote(line.Reason));
            writer.Write("\r\n");
        }
    }

    public static byte[] Csv(IEnumerable<ImportAccountLine> lines)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(true)))
        {
            WriteCsv(writer, lines);
        }

        return stream.ToArray();
    }

    /// <summary>Always quoted; a cell a spreadsheet would run as a formula (= + - @) is defused with a leading apostrophe.</summary>
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
