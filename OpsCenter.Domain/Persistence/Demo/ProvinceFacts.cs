using System.Globalization;
using CsvHelper;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>
/// Public facts about a demo province: DOPA codes, Thai and English names, registered population (DOPA, BE 2567) and
/// OCHA centroids, derived once from the public sources named in the README and embedded as a small CSV.
/// </summary>
public sealed record ProvinceFacts(string Code, string NameTh, string NameEn, IReadOnlyList<AreaFact> Areas, IReadOnlyList<MunicipalityFact> Municipalities)
{
    public static readonly IReadOnlyDictionary<string, (string Slug, string NameTh, string NameEn, string AgencyPrefix)> Known =
        new Dictionary<string, (string, string, string, string)>
        {
            ["19"] = ("saraburi", "สระบุรี", "Saraburi", "SRB"),
            ["13"] = ("pathum-thani", "ปทุมธานี", "Pathum Thani", "PTE"),
        };

    public static ProvinceFacts Load(string provinceCode)
    {
        if (!Known.TryGetValue(provinceCode, out var province))
        {
            throw new ArgumentException($"No demo facts for province {provinceCode}; known: {string.Join(", ", Known.Keys)}.", nameof(provinceCode));
        }

        var areas = ReadCsv($"OpsCenter.Demo.{provinceCode}-{province.Slug}.csv", row => new AreaFact(
            row.GetString("code"), row.GetString("name_th"), row.GetString("name_en"),
            int.Parse(row.GetString("population"), CultureInfo.InvariantCulture), int.Parse(row.GetString("households"), CultureInfo.InvariantCulture),
            double.Parse(row.GetString("lat"), CultureInfo.InvariantCulture), double.Parse(row.GetString("lon"), CultureInfo.InvariantCulture)));
        var municipalities = ReadCsv($"OpsCenter.Demo.{provinceCode}-{province.Slug}-municipalities.csv",
            row => new MunicipalityFact(row.GetString("name_th"), row.GetString("tambon_codes")));
        return new ProvinceFacts(provinceCode, province.NameTh, province.NameEn, areas, municipalities);
    }

    public IEnumerable<AreaFact> Districts => Areas.Where(a => a.Code.Length == 4);

    public IEnumerable<AreaFact> Subdistricts => Areas.Where(a => a.Code.Length == 6);

    private static List<T> ReadCsv<T>(string resource, Func<CsvReader, T> map)
    {
        using var stream = typeof(ProvinceFacts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default, false);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }
}

public sealed record AreaFact(string Code, string NameTh, string NameEn, int Population, int Households, double Lat, double Lon);

public sealed record MunicipalityFact(string NameTh, string TambonCodes)
{
    public IReadOnlyList<string> Codes => TambonCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
