namespace OpsCenter.Domain.Areas.Boundaries;

/// <summary>How a boundary feature was matched to an area.</summary>
public enum BoundaryMatch
{
    Code,
    Name,
}

/// <summary>
/// Matches boundary features to the installation's areas: by DOPA or OCHA code first, then by Thai or English name
/// within the feature's level (and its parent's name when several areas share a name, as tambons often do).
/// </summary>
public sealed class BoundaryMatcher
{
    /// <summary>Property names that hold an area code, most specific first (OCHA pcodes, then common DOPA field names).</summary>
    private static readonly string[] CodeProperties =
        ["ADM3_PCODE", "ADM2_PCODE", "ADM1_PCODE", "tambon_code", "tam_code", "amphoe_code", "amp_code", "pro_code", "prov_code", "dopa_code", "code"];

    /// <summary>Name properties by the level they name, most specific level first.</summary>
    private static readonly (AreaLevel Level, string[] Names)[] NameProperties =
    [
        (AreaLevel.Subdistrict, ["ADM3_TH", "ADM3_EN", "tam_th", "tam_en", "tambon_th", "tambon_en"]),
        (AreaLevel.District, ["ADM2_TH", "ADM2_EN", "amp_th", "amp_en", "amphoe_th", "amphoe_en"]),
        (AreaLevel.Province, ["ADM1_TH", "ADM1_EN", "pro_th", "pro_en", "province_th", "province_en"]),
    ];

    private static readonly string[] Prefixes = ["จังหวัด", "อำเภอ", "กิ่งอำเภอ", "ตำบล", "เขต", "แขวง", "amphoe ", "khet ", "tambon ", "khwaeng "];

    private readonly IReadOnlyDictionary<string, Area> _areas;
    private readonly ILookup<(AreaLevel, string), Area> _byName;

    public BoundaryMatcher(IEnumerable<Area> areas)
    {
        _areas = areas.ToDictionary(a => a.Code);
        _byName = _areas.Values
            .SelectMany(a => new[] { (a, NormalizeName(a.NameTh)), (a, NormalizeName(a.NameEn)) })
            .Where(p => p.Item2.Length > 0)
            .Distinct()
            .ToLookup(p => (p.a.Level, p.Item2), p => p.a);
    }

    public static string? CodeOf(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var name in CodeProperties)
        {
            if (properties.TryGetValue(name, out var value) && AreaCodes.Normalize(value) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The most specific name in the properties and the level it names.</summary>
    public static (AreaLevel Level, string Name)? NameOf(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var (level, names) in NameProperties)
        {
            foreach (var name in names)
            {
                if (properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    return (level, value.Trim());
                }
            }
        }

        return properties.TryGetValue("name_th", out var plain) || properties.TryGetValue("name", out plain) ? (AreaLevel.Subdistrict, plain) : null;
    }

    public static string NormalizeName(string? name)
    {
        var text = (name ?? "").Trim().ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                text = text[prefix.Length..].Trim();
            }
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '.'));
    }

    /// <summary>The area a feature describes, or why none: a code wins; a name decides only when it is unambiguous.</summary>
    public (Area? Area, BoundaryMatch How, string? Reason) Match(string? code, IReadOnlyDictionary<string, string> properties, IReadOnlySet<string> provinces)
    {
        if (code is not null && _areas.TryGetValue(code, out var byCode))
        {
            return (byCode, BoundaryMatch.Code, null);
        }

        var named = NameOf(properties);
        if (named is null)
        {
            return (null, BoundaryMatch.Name, code is null ? "no DOPA or OCHA code and no name in the feature's properties" : "no area with this code in the installation");
        }

        var candidates = _byName[(named.Value.Level, NormalizeName(named.Value.Name))]
            .Where(a => provinces.Contains(a.ProvinceCode) && (code is null || a.ProvinceCode == AreaCodes.ProvinceOf(code)))
            .ToList();
        if (candidates.Count > 1)
        {
            candidates = candidates.Where(a => ParentNameMatches(a, properties)).ToList();
        }

        return candidates.Count switch
        {
            1 => (candidates[0], BoundaryMatch.Name, null),
            0 => (null, BoundaryMatch.Name, code is null ? "no code, and no area with this name" : "no area with this code or name in the installation"),
            _ => (null, BoundaryMatch.Name, $"the name fits {candidates.Count} areas and the feature has no code to tell them apart"),
        };
    }

    private bool ParentNameMatches(Area area, IReadOnlyDictionary<string, string> properties)
    {
        if (area.ParentCode is null || !_areas.TryGetValue(area.ParentCode, out var parent))
        {
            return false;
        }

        var parentNames = NameProperties.First(p => p.Level == parent.Level).Names;
        return parentNames.Any(n => properties.TryGetValue(n, out var value)
            && (NormalizeName(value) == NormalizeName(parent.NameTh) || NormalizeName(value) == NormalizeName(parent.NameEn)));
    }
}
