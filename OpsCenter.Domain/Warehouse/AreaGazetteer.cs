using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Warehouse;

/// <summary>An area as the gazetteer knows it.</summary>
public sealed record GazetteerArea(string Code, AreaLevel Level, string NameTh, string NameEn, int Population = 0);

/// <summary>
/// Every province (the shipped outlines know all 77) and the installation's districts and subdistricts, looked up by DOPA
/// code or by name as <see cref="PlaceNames"/> compares them. Immutable.
/// </summary>
public sealed class AreaGazetteer
{
    private readonly Dictionary<string, GazetteerArea> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(AreaLevel, string), List<GazetteerArea>> _byName = [];
    private readonly IReadOnlyDictionary<string, string> _provinceKeys;

    public AreaGazetteer(IEnumerable<GazetteerArea> areas)
    {
        // The installation's own rows first: they carry registered populations the shipped outlines do not.
        foreach (var area in areas)
        {
            Add(area);
        }

        foreach (var province in ProvinceOutlines.Shipped.All)
        {
            Add(new GazetteerArea(province.Code, AreaLevel.Province, province.NameTh, province.NameEn));
        }

        _provinceKeys = PlaceNames.ProvinceKeys(ProvinceOutlines.Shipped.All);
    }

    public bool Knows(string code) => _byCode.ContainsKey(code);

    public GazetteerArea? Get(string code) => _byCode.GetValueOrDefault(code);

    public IEnumerable<GazetteerArea> At(AreaLevel level) => _byCode.Values.Where(a => a.Level == level);

    /// <summary>Whether a name is a known area's name at this level.</summary>
    public bool HasName(AreaLevel level, string? name) =>
        level == AreaLevel.Province ? ProvinceCode(name) is not null : _byName.ContainsKey((level, PlaceNames.Key(name)));

    public string? ProvinceCode(string? name) => PlaceNames.ProvinceCode(name, _provinceKeys);

    /// <summary>The one area of this level with the name inside <paramref name="within"/> (a code prefix, or null for anywhere); null when none or several.</summary>
    public string? Find(AreaLevel level, string? name, string? within)
    {
        if (level == AreaLevel.Province)
        {
            return ProvinceCode(name);
        }

        if (!_byName.TryGetValue((level, PlaceNames.Key(name)), out var candidates))
        {
            return null;
        }

        var inside = within is null ? candidates : candidates.Where(c => c.Code.StartsWith(within, StringComparison.Ordinal)).ToList();
        return inside.Count == 1 ? inside[0].Code : null;
    }

    private void Add(GazetteerArea area)
    {
        if (!_byCode.TryAdd(area.Code, area))
        {
            return;
        }

        foreach (var name in new[] { area.NameTh, area.NameEn })
        {
            var key = PlaceNames.Key(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_byName.TryGetValue((area.Level, key), out var list))
            {
                _byName[(area.Level, key)] = list = [];
            }

            if (!list.Contains(area))
            {
                list.Add(area);
            }
        }
    }
}
