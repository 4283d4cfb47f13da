using OpsCenter.Domain.Areas;

namespace OpsCenter.Domain.Reports.Import;

/// <summary>A row's place in the installation, or why it has none.</summary>
public sealed record PlacedRow(ProvinceReportSetup Setup, string DistrictCode, string? SubdistrictCode, double? Latitude, double? Longitude);

/// <summary>
/// Places import rows: by coordinates when they fall in one of the installation's provinces, else by the Thai names
/// (Traffy) or codes (forum template) within a province the installation serves. Anything else is outside.
/// </summary>
internal sealed class ImportPlacement(IAreaLocator locator, IReadOnlyList<ProvinceReportSetup> provinces)
{
    private readonly Dictionary<string, ProvinceReportSetup> _byName = provinces
        .GroupBy(p => TraffyFormat.NormalizePlaceName(p.NameTh)).ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<string, ProvinceReportSetup> _byCode = provinces.ToDictionary(p => p.ProvinceCode);

    private readonly Dictionary<(string Province, string Name), string> _districts = provinces
        .SelectMany(p => p.Areas.Values.Where(a => a.Code.Length == 4).Select(a => (Key: (p.ProvinceCode, TraffyFormat.NormalizePlaceName(a.NameTh)), a.Code)))
        .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Code);

    private readonly Dictionary<(string District, string Name), string> _subdistricts = provinces
        .SelectMany(p => p.Areas.Values.Where(a => a.Code.Length == 6).Select(a => (Key: (a.Code[..4], TraffyFormat.NormalizePlaceName(a.NameTh)), a.Code)))
        .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Code);

    public async Task<(PlacedRow? Place, string? Rejection, string? OutsideName)> PlaceAsync(ImportRow row, CancellationToken ct)
    {
        if (row.Latitude is { } lat && row.Longitude is { } lon)
        {
            var located = await locator.LocateAsync(lat, lon, ct);
            if (located is not null && _byCode.TryGetValue(located.ProvinceCode, out var setup))
            {
                return (new PlacedRow(setup, located.DistrictCode, located.SubdistrictCode, lat, lon), null, null);
            }
        }

        if (row.DistrictCode is { } districtCode)
        {
            return ByCode(row, districtCode);
        }

        var provinceName = TraffyFormat.NormalizePlaceName(row.ProvinceName);
        if (provinceName.Length > 0 && _byName.TryGetValue(provinceName, out var named))
        {
            if (!_districts.TryGetValue((named.ProvinceCode, TraffyFormat.NormalizePlaceName(row.DistrictName)), out var district))
            {
                return (null, $"ไม่พบอำเภอ \"{row.DistrictName}\" ใน{named.NameTh} / No district \"{row.DistrictName}\" in {named.NameEn}", null);
            }

            _subdistricts.TryGetValue((district, TraffyFormat.NormalizePlaceName(row.SubdistrictName)), out var subdistrict);
            return (new PlacedRow(named, district, subdistrict, null, null), null, null);
        }

        var outside = provinceName.Length > 0 ? provinceName
            : row.Latitude is not null ? $"{row.Latitude:0.#####},{row.Longitude:0.#####}" : "ไม่ระบุ";
        return (null, $"อยู่นอกพื้นที่จังหวัดที่ระบบดูแล ({outside}) / Outside the province ({outside})", outside);
    }

    private (PlacedRow?, string?, string?) ByCode(ImportRow row, string districtCode)
    {
        if (!_byCode.TryGetValue(districtCode[..2], out var setup) || setup.Area(districtCode) is null || districtCode.Length != 4)
        {
            return (null, $"อำเภอรหัส {districtCode} ไม่อยู่ในพื้นที่ที่ระบบดูแล / District {districtCode} is outside the province", districtCode);
        }

        var subdistrict = row.SubdistrictCode;
        if (subdistrict is not null && (setup.Area(subdistrict) is null || !subdistrict.StartsWith(districtCode, StringComparison.Ordinal)))
        {
            return (null, $"ตำบลรหัส {subdistrict} ไม่อยู่ในอำเภอ {districtCode} / Subdistrict {subdistrict} is not in district {districtCode}", null);
        }

        return (new PlacedRow(setup, districtCode, subdistrict, null, null), null, null);
    }
}
