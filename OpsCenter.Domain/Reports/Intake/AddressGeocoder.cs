using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Reports.Intake;

/// <summary>
/// Places a typed address (Open311's address_string) in one of the province's own districts or subdistricts by the
/// names it mentions, in Thai or English, with or without the อ./ต./Amphoe/Tambon prefixes. A subdistrict counts only
/// inside a district the address names (when it names one), so a name shared by two districts is never a guess.
/// </summary>
public static class AddressGeocoder
{
    /// <summary>Names shorter than this (after normalizing) match inside ordinary words too often to be evidence.</summary>
    private const int MinKeyLength = 3;

    /// <returns>The DOPA code of the finest area the address names unambiguously, or null.</returns>
    public static string? Locate(string? address, IEnumerable<AreaName> provinceAreas)
    {
        var text = PlaceNames.Key(address);
        if (text.Length < MinKeyLength)
        {
            return null;
        }

        var mentioned = provinceAreas
            .Select(a => (a.Code, Keys: new[] { PlaceNames.Key(a.NameTh), PlaceNames.Key(a.NameEn) }
                .Where(k => k.Length >= MinKeyLength && text.Contains(k, StringComparison.Ordinal)).ToList()))
            .Where(m => m.Keys.Count > 0)
            .ToList();
        var districts = mentioned.Where(m => AreaCodes.LevelOf(m.Code) == AreaLevel.District).ToList();
        var districtCodes = districts.Select(d => d.Code).ToHashSet();

        // A subdistrict named like its district (ตำบลแก่งคอย in อำเภอแก่งคอย) is only evidence when the address names it apart.
        var districtKeys = districts.SelectMany(d => d.Keys).ToHashSet();
        var subdistricts = mentioned
            .Where(m => AreaCodes.LevelOf(m.Code) == AreaLevel.Subdistrict && (districtCodes.Count == 0 || districtCodes.Contains(AreaCodes.DistrictOf(m.Code)!)))
            .Select(m => (m.Code, Length: m.Keys.Where(k => !districtKeys.Contains(k)).Select(k => k.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Length > 0)
            .ToList();
        if (subdistricts.Count > 0)
        {
            var longest = subdistricts.Max(m => m.Length);
            var best = subdistricts.Where(m => m.Length == longest).ToList();
            if (best.Count == 1)
            {
                return best[0].Code;
            }
        }

        return districtCodes.Count == 1 ? districtCodes.Single() : null;
    }
}
