using System.Globalization;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Areas.Boundaries;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Every subdistrict of the 77 provinces, for national-scale generated data: DOPA codes, names and centroids from
/// OCHA's table (<c>admin/ocha_tambons_with_centroids.csv</c>), registered population from DOPA's BE 2567 tambon file
/// (<c>stats/dopa_population_tambon_2567.csv</c>), both from the shared data directory (see its README for sources).
/// </summary>
public sealed record NationalPlace(
    string Code, string NameTh, string NameEn, string DistrictCode, string DistrictTh, string DistrictEn,
    string ProvinceCode, string ProvinceTh, string ProvinceEn, double Lat, double Lon, int Population);

public static class NationalPlaces
{
    public const string OchaFile = "admin/ocha_tambons_with_centroids.csv";
    public const string PopulationFile = "stats/dopa_population_tambon_2567.csv";

    public static IReadOnlyList<NationalPlace> Load(string dataDirectory)
    {
        var population = new Dictionary<(string, string, string), int>();
        var bySubdistrict = new Dictionary<(string, string), List<int>>();
        foreach (var cells in Rows(Path.Combine(dataDirectory, PopulationFile), 5))
        {
            var key = (cells[0], Normalize(cells[1]), cells[2]);
            var count = int.Parse(cells[3], NumberStyles.Integer, CultureInfo.InvariantCulture);
            population[key] = population.GetValueOrDefault(key) + count;
            (bySubdistrict.TryGetValue((cells[0], cells[2]), out var list) ? list : bySubdistrict[(cells[0], cells[2])] = []).Add(count);
        }

        var places = new List<NationalPlace>();
        foreach (var c in Rows(Path.Combine(dataDirectory, OchaFile), 14))
        {
            var (code, district, province) = (c[2][2..], c[5][2..], c[8][2..]);
            var people = population.TryGetValue((c[7], Normalize(c[4]), c[1]), out var p) ? p
                : bySubdistrict.TryGetValue((c[7], c[1]), out var same) && same.Count == 1 ? same[0] : 0;
            places.Add(new NationalPlace(code, c[1], c[0], district, c[4], c[3], province, c[7], c[6],
                double.Parse(c[12], CultureInfo.InvariantCulture), double.Parse(c[13], CultureInfo.InvariantCulture), people));
        }

        // A tambon the two sources name differently gets its province's median, not nothing.
        var medians = places.GroupBy(p => p.ProvinceCode).ToDictionary(g => g.Key, g =>
        {
            var known = g.Where(p => p.Population > 0).Select(p => p.Population).Order().ToList();
            return known.Count == 0 ? 5000 : known[known.Count / 2];
        });
        places = places.Select(p => p.Population > 0 ? p : p with { Population = medians[p.ProvinceCode] }).ToList();
        return places;
    }

    /// <summary>The areas of a province the database lacks: the province with its shipped outline, its districts and subdistricts.</summary>
    public static List<Area> AreasOf(IReadOnlyList<NationalPlace> places, string provinceCode)
    {
        var mine = places.Where(p => p.ProvinceCode == provinceCode).ToList();
        var first = mine[0];
        var outline = ShippedBoundaries.Provinces.FirstOrDefault(p => p.Code == provinceCode)?.Geometry;
        var areas = new List<Area>
        {
            new()
            {
                Code = provinceCode, Level = AreaLevel.Province, ProvinceCode = provinceCode, NameTh = first.ProvinceTh, NameEn = first.ProvinceEn,
                Population = mine.Sum(p => p.Population), Latitude = mine.Average(p => p.Lat), Longitude = mine.Average(p => p.Lon),
                BoundaryWkb = outline is null ? null : AreaGeometry.Write(outline),
            },
        };
        areas.AddRange(mine.GroupBy(p => p.DistrictCode).Select(d => new Area
        {
            Code = d.Key, Level = AreaLevel.District, ParentCode = provinceCode, ProvinceCode = provinceCode,
            NameTh = d.First().DistrictTh, NameEn = d.First().DistrictEn, Population = d.Sum(p => p.Population),
            Latitude = d.Average(p => p.Lat), Longitude = d.Average(p => p.Lon),
        }));
        areas.AddRange(mine.Select(p => new Area
        {
            Code = p.Code, Level = AreaLevel.Subdistrict, ParentCode = p.DistrictCode, ProvinceCode = provinceCode,
            NameTh = p.NameTh, NameEn = p.NameEn, Population = p.Population, Latitude = p.Lat, Longitude = p.Lon,
        }));
        return areas;
    }

    /// <summary>DOPA writes Bangkok's districts as "เขตพระนคร" in some files and "พระนคร" in others.</summary>
    private static string Normalize(string district) => district.StartsWith("เขต", StringComparison.Ordinal) ? district[3..] : district;

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: pass the shared data directory (../shared/data).", path);
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.TrimStart('\uFEFF').Split(',');
            if (cells.Length == columns)
            {
                yield return cells.Select(c => c.Trim()).ToArray();
            }
        }
    }
}
