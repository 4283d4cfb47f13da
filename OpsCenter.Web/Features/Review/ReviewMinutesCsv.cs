using System.Globalization;
using System.Text;
using OpsCenter.Domain.Review;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Review;

/// <summary>
/// The minutes as CSV: one line per decision and action, UTF-8 with a byte-order mark so spreadsheets read the Thai.
/// Column names are fixed for scripts; the values (states, kinds, agencies, figures) are in the viewer's language.
/// </summary>
public static class ReviewMinutesCsv
{
    private static readonly string[] Header =
    [
        "session", "held_at", "decision_id", "decision", "taken_at", "link_kind", "link_ref", "figures_on_screen",
        "action_id", "action", "owner_agency", "owner_person", "due_at", "status", "progress_percent",
    ];

    public static byte[] Write(ReviewSessionDetail detail)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var row in detail.Decisions)
        {
            var d = row.Decision;
            var figures = string.Join("; ", d.Snapshot.Figures.Select(f => $"{T(f.LabelTh, f.LabelEn)} {f.Value}"));
            var decision = new[]
            {
                detail.Session.Title, Date(detail.Session.HeldAt), d.Id == 0 ? "" : Number(d.Id), d.Text, d.Id == 0 ? "" : Date(d.TakenAt),
                d.LinkKind == ReviewLinkKind.None ? "" : Say(ReviewText.Link(d.LinkKind)), d.LinkRef ?? "", figures,
            };
            if (row.Actions.Count == 0)
            {
                Line(text, [.. decision, "", "", "", "", "", "", ""]);
            }

            foreach (var a in row.Actions)
            {
                Line(text, [.. decision, Number(a.Action.Id), a.Action.Text, T(a.Owner.NameTh, a.Owner.NameEn), a.Action.OwnerPersonName ?? "",
                    a.Action.DueAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Say(ReviewText.Status(a.Action.Status)), Number(a.Action.ProgressPercent)]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Say((string Thai, string English) words) => T(words.Thai, words.English);

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a leading formula character is defused so a spreadsheet shows the text instead of running it.</summary>
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
