using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Budget;

/// <summary>Where a project's money is counted: split over the areas it serves, to the satang, nothing lost or made up.</summary>
public static class BudgetAllocation
{
    /// <summary>Splits an amount into <paramref name="parts"/> equal parts; the leftover satang go one each to the first parts.</summary>
    public static long[] SplitEqually(long satang, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var each = satang / parts;
        var leftover = satang - (each * parts);
        var sign = Math.Sign(leftover);
        return Enumerable.Range(0, parts).Select(i => each + (i < Math.Abs(leftover) ? sign : 0)).ToArray();
    }

    /// <summary>
    /// Splits an amount in proportion to weights by the largest-remainder method, so the parts sum to the amount exactly.
    /// With all weights zero it splits equally.
    /// </summary>
    public static long[] SplitByWeight(long satang, IReadOnlyList<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfZero(weights.Count);
        if (satang < 0)
        {
            return SplitByWeight(-satang, weights).Select(p => -p).ToArray();
        }

        var total = weights.Sum();
        if (total <= 0)
        {
            return SplitEqually(satang, weights.Count);
        }

        var exact = weights.Select(w => satang * (w / total)).ToArray();
        var parts = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var leftover = satang - parts.Sum();
        foreach (var index in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take((int)Math.Max(0, leftover)))
        {
            parts[index]++;
        }

        return parts;
    }

    /// <summary>
    /// A project's amount by district: split equally over the areas it serves (main area first), each part counted in the
    /// district of its area. Parts for a whole-province area cannot be placed and are returned as <paramref name="provinceWide"/>.
    /// </summary>
    public static Dictionary<string, long> ToDistricts(long satang, IReadOnlyList<string> areaCodes, out long provinceWide)
    {
        provinceWide = 0;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var areas = areaCodes.Distinct(StringComparer.Ordinal).ToList();
        if (areas.Count == 0)
        {
            provinceWide = satang;
            return result;
        }

        var parts = SplitEqually(satang, areas.Count);
        for (var i = 0; i < areas.Count; i++)
        {
            if (AreaCodes.DistrictOf(areas[i]) is { } district)
            {
                result[district] = result.GetValueOrDefault(district) + parts[i];
            }
            else
            {
                provinceWide += parts[i];
            }
        }

        return result;
    }

    /// <summary>
    /// A project's amount by subdistrict: split equally over its areas; a district's part is spread over the district's
    /// subdistricts by population; a whole-province part (or a district with no known subdistricts) is <paramref name="unplaced"/>.
    /// </summary>
    public static Dictionary<string, long> ToSubdistricts(
        long satang,
        IReadOnlyList<string> areaCodes,
        IReadOnlyDictionary<string, IReadOnlyList<(string Code, int Population)>> subdistrictsByDistrict,
        out long unplaced)
    {
        unplaced = 0;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var areas = areaCodes.Distinct(StringComparer.Ordinal).ToList();
        if (areas.Count == 0)
        {
            unplaced = satang;
            return result;
        }

        var parts = SplitEqually(satang, areas.Count);
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            if (area.Length == 6)
            {
                result[area] = result.GetValueOrDefault(area) + parts[i];
            }
            else if (area.Length == 4 && subdistrictsByDistrict.TryGetValue(area, out var children) && children.Count > 0)
            {
                var shares = SplitByWeight(parts[i], children.Select(c => (double)c.Population).ToList());
                for (var c = 0; c < children.Count; c++)
                {
                    result[children[c].Code] = result.GetValueOrDefault(children[c].Code) + shares[c];
                }
            }
            else
            {
                unplaced += parts[i];
            }
        }

        return result;
    }
}
