using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Budget;

/// <summary>An area the need index is computed for, with its parent district (for subdistricts) and population.</summary>
public sealed record PlacedArea(string Code, string? DistrictCode, int Population);

/// <summary>
/// Brings external indicator values to the areas the need index is computed for. Values at a coarser level are spread by
/// population (a province's poor people go to its districts in proportion to their residents); values at a finer level
/// are summed. For each indicator only its finest level present is used, so a district file overrides a province file.
/// </summary>
public static class IndicatorAllocation
{
    public static IReadOnlyList<NeedIndicator> ToAreas(IEnumerable<NeedIndicator> values, IReadOnlyList<PlacedArea> targets)
    {
        var result = new List<NeedIndicator>();
        if (targets.Count == 0)
        {
            return result;
        }

        var targetLength = targets[0].Code.Length;
        foreach (var indicator in values.GroupBy(v => v.IndicatorCode))
        {
            var finest = indicator.Max(v => v.AreaCode.Length);
            var used = indicator.Where(v => v.AreaCode.Length == finest).ToList();
            var byArea = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var value in used)
            {
                foreach (var (code, amount) in Place(value, targets, targetLength))
                {
                    byArea[code] = byArea.GetValueOrDefault(code) + amount;
                }
            }

            result.AddRange(byArea.Select(a => new NeedIndicator(a.Key, indicator.Key, a.Value)));
        }

        return result;
    }

    private static IEnumerable<(string Code, double Value)> Place(NeedIndicator value, IReadOnlyList<PlacedArea> targets, int targetLength)
    {
        if (value.AreaCode.Length >= targetLength)
        {
            // Same or finer level: count it in the target area that contains it.
            var container = value.AreaCode[..targetLength];
            return targets.Any(t => t.Code == container) ? [(container, value.Value)] : [];
        }

        var inside = targets.Where(t => t.Code.StartsWith(value.AreaCode, StringComparison.Ordinal)).ToList();
        double population = inside.Sum(t => t.Population);
        return population <= 0 ? [] : inside.Select(t => (t.Code, value.Value * t.Population / population));
    }

    public static int LevelLength(AreaLevel level) => level switch
    {
        AreaLevel.Province => 2,
        AreaLevel.District => 4,
        _ => 6,
    };
}
