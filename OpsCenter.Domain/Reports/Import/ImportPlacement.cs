using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>A row's place in the installation; <see cref="Disagreement"/> says when its own address names another area.</summary>
public sealed record PlacedRow(ProvinceReportSetup Setup, string DistrictCode, string? SubdistrictCode, double? Latitude, double? Longitude, string? Disagreement = null);

/// <summary>Why a row has no place: the reason, and the province it is counted under (its Thai name) when it names or lies in one.</summary>
public sealed record PlacementRefusal(string Reason, string? Province);

/// <summary>
/// Places import rows. A point decides by the real province outlines (the same test as the web form and the APIs);
/// the row's own province must then agree, or the row is refused with both names. Inside the province the row's own
/// district and subdistrict names are compared with the located ones, and a difference is flagged, not refused. Rows
/// without a usable point are placed by their names (Traffy) or codes (forum template).
/// </summary>
internal sealed class ImportPlacement(IAreaLocator locator, IReadOnlyList<ProvinceReportSetup> provinces)
{
    private static readonly IReadOnlyDictionary<string, string> ProvinceKeys = PlaceNames.ProvinceKeys(ProvinceOutlines.Shipped.All);

    private readonly Dictionary<string, ProvinceReportSetup> _byCode = provinces.ToDictionary(p => p.ProvinceCode);

    private readonly Dictionary<(string Parent, string Key), string> _areasByName = provinces
        .SelectMany(p => p.Areas.Values.Where(a => a.Code.Length is 4 or 6)
            .SelectMany(a => new[] { a.NameTh, a.NameEn }.Select(n => (Key: (a.Code[..(a.Code.Length - 2)], PlaceNames.Key(n)), a.Code))))
        .Where(x => x.Key.Item2.Length > 0)
        .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Code);

    public async Task<(PlacedRow? Place, PlacementRefusal? Refusal)> PlaceAsync(ImportRow row, CancellationToken ct)
    {
        var named = NamedProvince(row.ProvinceName);
        if (row.Latitude is { } lat && row.Longitude is { } lon)
        {
            var placed = await locator.PlaceAsync(lat, lon, ct);
            if (placed.Location is { } located && _byCode.TryGetValue(located.ProvinceCode, out var setup))
            {
                if (named is { } code && code != located.ProvinceCode)
                {
                    return (null, Mismatch(row.ProvinceName!, code, placed.Province!));
                }

                return (new PlacedRow(setup, located.DistrictCode, located.SubdistrictCode, lat, lon, Disagreement(row, setup, located)), null);
            }

            if (placed.Province is { } other)
            {
                return (null, named is { } code && code != other.Code
                    ? Mismatch(row.ProvinceName!, code, other)
                    : new PlacementRefusal($"{PlaceErrors.Thai(other)} / {PlaceErrors.English(other)}", PlaceErrors.ThaiName(other)));
            }

            // A point outside Thailand is a broken point, not a place: the row's own address decides.
        }

        if (row.DistrictCode is { } districtCode)
        {
            return ByCode(row, districtCode);
        }

        return ByName(row, named);
    }

    private (PlacedRow?, PlacementRefusal?) ByName(ImportRow row, string? named)
    {
        if (named is null)
        {
            var written = string.IsNullOrWhiteSpace(row.ProvinceName) ? "ไม่ระบุ" : row.ProvinceName.Trim();
            return (null, new PlacementRefusal(
                $"ไม่มีพิกัดที่ใช้ได้และไม่รู้จักจังหวัด \"{written}\" / No usable point and no known province \"{written}\"", written));
        }

        if (!_byCode.TryGetValue(named, out var setup))
        {
            var province = ProvinceOutlines.Shipped.Get(named)!;
            return (null, new PlacementRefusal(
                $"แถวนี้ระบุ{PlaceErrors.ThaiName(province)} ซึ่งระบบนี้ไม่ได้ให้บริการ / The row names {province.NameEn}, which this system does not serve",
                PlaceErrors.ThaiName(province)));
        }

        if (Find(setup.ProvinceCode, row.DistrictName) is not { } district)
        {
            return (null, new PlacementRefusal(
                $"ไม่มีพิกัดและไม่พบอำเภอ \"{row.DistrictName}\" ใน{setup.NameTh} / No point, and no district \"{row.DistrictName}\" in {setup.NameEn}", null));
        }

        return (new PlacedRow(setup, district, Find(district, row.SubdistrictName), null, null), null);
    }

    /// <summary>The row's own district and subdistrict against the located ones; null when they agree or the row names none.</summary>
    private string? Disagreement(ImportRow row, ProvinceReportSetup setup, AreaLocation located)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(row.DistrictName) && Find(setup.ProvinceCode, row.DistrictName) != located.DistrictCode)
        {
            parts.Add($"อำเภอในแถว \"{row.DistrictName.Trim()}\" แต่พิกัดอยู่ในอำเภอ{setup.Area(located.DistrictCode)?.NameTh} / the row's district \"{row.DistrictName.Trim()}\", the point's {setup.Area(located.DistrictCode)?.NameEn}");
        }
        else if (!string.IsNullOrWhiteSpace(row.SubdistrictName) && located.SubdistrictCode is { } sub && Find(located.DistrictCode, row.SubdistrictName) != sub)
        {
            parts.Add($"ตำบลในแถว \"{row.SubdistrictName.Trim()}\" แต่พิกัดอยู่ในตำบล{setup.Area(sub)?.NameTh} / the row's subdistrict \"{row.SubdistrictName.Trim()}\", the point's {setup.Area(sub)?.NameEn}");
        }

        return parts.Count == 0 ? null : "ตำแหน่งไม่ตรงกับที่อยู่ในแถว: " + string.Join("; ", parts) + " / Location disagrees with the row's own address";
    }

    private string? Find(string parent, string? name) =>
        _areasByName.TryGetValue((parent, PlaceNames.Key(name)), out var code) ? code : null;

    private static string? NamedProvince(string? name) => PlaceNames.ProvinceCode(name, ProvinceKeys);

    private static PlacementRefusal Mismatch(string written, string namedCode, ProvinceOutline located)
    {
        var named = ProvinceOutlines.Shipped.Get(namedCode)!;
        return new PlacementRefusal(
            $"แถวนี้ระบุ{PlaceErrors.ThaiName(named)} (\"{written.Trim()}\") แต่พิกัดอยู่ใน{PlaceErrors.ThaiName(located)} / The row names {named.NameEn} but its point is in {located.NameEn}",
            PlaceErrors.ThaiName(named));
    }

    private (PlacedRow?, PlacementRefusal?) ByCode(ImportRow row, string districtCode)
    {
        if (!_byCode.TryGetValue(districtCode[..2], out var setup) || setup.Area(districtCode) is null || districtCode.Length != 4)
        {
            var province = ProvinceOutlines.Shipped.Get(districtCode[..2]);
            return (null, new PlacementRefusal(
                $"อำเภอรหัส {districtCode} ไม่อยู่ในพื้นที่ที่ระบบดูแล / District {districtCode} is outside the province",
                province is null ? districtCode : PlaceErrors.ThaiName(province)));
        }

        var subdistrict = row.SubdistrictCode;
        if (subdistrict is not null && (setup.Area(subdistrict) is null || !subdistrict.StartsWith(districtCode, StringComparison.Ordinal)))
        {
            return (null, new PlacementRefusal($"ตำบลรหัส {subdistrict} ไม่อยู่ในอำเภอ {districtCode} / Subdistrict {subdistrict} is not in district {districtCode}", null));
        }

        return (new PlacedRow(setup, districtCode, subdistrict, null, null), null);
    }
}
