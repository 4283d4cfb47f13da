using OpsCenter.Domain.Reports;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Shared;

/// <summary>The system writes its timeline notes as "ไทย / English"; people see the half in their language. Staff notes show as written.</summary>
public static class TimelineNotes
{
    public static string? Show(string? note, bool writtenBySystem)
    {
        if (note is null || !writtenBySystem)
        {
            return note;
        }

        var split = note.IndexOf(" / ", StringComparison.Ordinal);
        return split < 0 ? note : IsThai ? note[..split] : note[(split + 3)..];
    }

    public static string? Show(ReportTimelineEntry entry) => Show(entry.Note, entry.ActorUserId is null || IsMergeCount(entry));

    /// <summary>Merge count lines written before they were marked as the system's still carry both languages.</summary>
    private static bool IsMergeCount(ReportTimelineEntry entry) =>
        entry.Kind == TimelineKind.Merged && entry.Note is { } note && note.Contains(" / Merged ", StringComparison.Ordinal);
}
