namespace OpsCenter.Domain.Reports.Queries;

/// <summary>
/// A merge is one event in a citizen's eyes: "joined with SRB-…, N citizens reported it". The stored timeline has a
/// merge step per duplicate (each showing the main report's unchanged status) and the duplicate's own step; the public
/// page folds them into one step, worded by the system in both languages, at the latest merge.
/// </summary>
public static class MergeStory
{
    public static IReadOnlyList<PublicTimelineStep> Fold(IReadOnlyList<PublicTimelineStep> steps, IReadOnlyList<string> others, int reporterCount)
    {
        var merges = steps.Where(s => s.Kind == TimelineKind.Merged).ToList();
        if (merges.Count == 0 && others.Count == 0)
        {
            return steps;
        }

        var kept = steps.Where(s => s.Kind != TimelineKind.Merged).ToList();
        if (others.Count == 0)
        {
            return kept;
        }

        var last = merges.Count > 0 ? merges[^1] : null;
        var at = last?.At ?? kept[^1].At;
        kept.Add(new PublicTimelineStep(at, TimelineKind.Merged, last?.Status ?? kept[^1].Status, last?.AgencyId, Note(others, reporterCount), BySystem: true));
        return kept.OrderBy(s => s.At).ToList();
    }

    public static string Note(IReadOnlyList<string> others, int reporterCount)
    {
        var numbers = string.Join(", ", others);
        return $"รวมกับเรื่อง {numbers} ผู้แจ้งรวม {reporterCount} คน / Merged with {numbers}; {reporterCount} citizens reported it";
    }
}
