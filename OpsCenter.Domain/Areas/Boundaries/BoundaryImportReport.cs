namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>The plain-text account of an import, for the CLI and for the log.</summary>
public static class BoundaryImportReport
{
    public static IEnumerable<string> Lines(BoundaryImportResult result, int maxUnmatched = 50)
    {
        yield return $"Features read: {result.Features}";
        foreach (var level in result.MatchedByLevel.OrderBy(l => l.Key))
        {
            yield return $"Boundaries replaced ({level.Key}): {level.Value}";
        }

        yield return $"Matched by name (no usable code): {result.MatchedByName}";
        yield return $"Outside this installation's provinces (ignored): {result.OutsideInstallation}";
        if (result.OtherLevel > 0)
        {
            yield return $"Of another level (ignored): {result.OtherLevel}";
        }

        yield return $"Reports re-assigned to another area: {result.ReportsReassigned}";
        yield return $"Unmatched: {result.Unmatched.Count}";
        foreach (var miss in result.Unmatched.Take(maxUnmatched))
        {
            yield return $"  {miss.Code ?? "-"} {miss.Name ?? ""}: {miss.Reason}";
        }

        if (result.Unmatched.Count > maxUnmatched)
        {
            yield return $"  … and {result.Unmatched.Count - maxUnmatched} more";
        }
    }
}
