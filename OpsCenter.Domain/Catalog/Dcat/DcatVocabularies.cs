using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog.Dcat;

/// <summary>
/// The controlled vocabularies DCAT-AP 3 asks for, as IRIs: the EU Publications Office authority tables (data themes,
/// access rights, frequencies, licences, file types) and IANA media types.
/// </summary>
public static class DcatVocabularies
{
    public const string Authority = "http://publications.europa.eu/resource/authority/";
    public const string ThemeScheme = Authority + "data-theme";
    public const string IanaMediaTypes = "https://www.iana.org/assignments/media-types/";

    /// <summary>
    /// A dataset's EU data theme from words in its title and tags (Thai or English). Every dataset here comes from a
    /// provincial government, so one that names no other theme is "Government and public sector".
    /// </summary>
    private static readonly (string Code, string[] Words)[] ThemeWords =
    [
        ("HEAL", ["สาธารณสุข", "สุขภาพ", "โรค", "โรงพยาบาล", "health", "hospital", "disease"]),
        ("EDUC", ["การศึกษา", "โรงเรียน", "นักเรียน", "education", "school", "student"]),
        ("AGRI", ["เกษตร", "ข้าว", "ประมง", "ปศุสัตว์", "agricultur", "farm", "crop", "fisher", "livestock"]),
        ("TRAN", ["ถนน", "คมนาคม", "จราจร", "ขนส่ง", "road", "transport", "traffic"]),
        ("ENVI", ["สิ่งแวดล้อม", "น้ำ", "ป่า", "ขยะ", "อากาศ", "ฝุ่น", "environment", "water", "forest", "waste", "air", "flood"]),
        ("ENER", ["พลังงาน", "ไฟฟ้า", "energy", "electric"]),
        ("ECON", ["เศรษฐกิจ", "งบประมาณ", "การคลัง", "ท่องเที่ยว", "รายได้", "econom", "budget", "tourism", "income"]),
        ("SOCI", ["ประชากร", "สวัสดิการ", "ผู้สูงอายุ", "สังคม", "population", "welfare", "elderly", "social"]),
        ("JUST", ["ความปลอดภัย", "อาชญากรรม", "อุบัติเหตุ", "safety", "crime", "accident"]),
        ("TECH", ["เทคโนโลยี", "ดิจิทัล", "technology", "digital"]),
    ];

    public static IReadOnlyList<string> Themes(Dataset dataset)
    {
        var text = string.Join(' ', new[] { dataset.TitleTh, dataset.TitleEn, dataset.Tags }).ToLowerInvariant();
        var codes = ThemeWords.Where(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Code).ToList();
        return (codes.Count == 0 ? ["GOVE"] : codes).Select(c => $"{ThemeScheme}/{c}").ToList();
    }

    /// <summary>Public data is PUBLIC; personal data is RESTRICTED (shared under conditions); security and secret data NON_PUBLIC.</summary>
    public static string AccessRights(DataClassification classification) => Authority + "access-right/" + classification switch
    {
        DataClassification.Public => "PUBLIC",
        DataClassification.Personal => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    public static string Frequency(FrequencyUnit unit, int interval) => Authority + "frequency/" + (unit, interval) switch
    {
        (FrequencyUnit.Day, 1) => "DAILY",
        (FrequencyUnit.Week, 1) => "WEEKLY",
        (FrequencyUnit.Week, 2) => "BIWEEKLY",
        (FrequencyUnit.Month, 1) => "MONTHLY",
        (FrequencyUnit.Month, 2) => "BIMONTHLY",
        (FrequencyUnit.Quarter, 1) or (FrequencyUnit.Month, 3) => "QUARTERLY",
        (FrequencyUnit.HalfYear, 1) or (FrequencyUnit.Month, 6) => "ANNUAL_2",
        (FrequencyUnit.Year, 1) => "ANNUAL",
        (FrequencyUnit.Year, 2) => "BIENNIAL",
        (FrequencyUnit.Year, 3) => "TRIENNIAL",
        _ => "OTHER",
    };

    public static string FileType(string format) => Authority + "file-type/" + format.ToUpperInvariant() switch
    {
        "CSV" => "CSV",
        "XLSX" => "XLSX",
        "JSON" => "JSON",
        _ => "BIN",
    };

    public static string MediaType(string mediaType) => IanaMediaTypes + mediaType;

    /// <summary>
    /// The licence's IRI: the EU table's for a CKAN licence it holds, else one of the catalog's own (a licence such as
    /// the GD Catalog's "Open Data Common", described in the catalog itself); null for "not specified", which claims none.
    /// </summary>
    public static string? Licence(string? license, string catalogIri) => license?.Trim().ToLowerInvariant() switch
    {
        null or "" or "license not specified" or "notspecified" => null,
        "cc-by" or "cc-by-4.0" or "creative commons attribution" => Authority + "licence/CC_BY_4_0",
        "cc-by-sa" or "cc-by-sa-4.0" => Authority + "licence/CC_BY_SA_4_0",
        "cc-zero" or "cc0" or "cc0-1.0" => Authority + "licence/CC0",
        "odc-by" => Authority + "licence/ODC_BY",
        "odc-odbl" => Authority + "licence/ODC_ODBL",
        "odc-pddl" => Authority + "licence/ODC_PDDL",
        var other => $"{catalogIri}#licence-{Uri.EscapeDataString(string.Join('-', other.Split(' ', StringSplitOptions.RemoveEmptyEntries)))}",
    };
}
