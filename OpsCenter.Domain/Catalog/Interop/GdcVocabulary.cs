using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// The Thai values the GD Catalog's CKAN schema (ckanext-thai_gdc, ckan_dataset.json: data_type,
/// update_frequency_unit, geo_coverage, data_category) stores, mapped to ours both ways.
/// </summary>
public static class GdcVocabulary
{
    public static readonly IReadOnlyDictionary<DatasetDataType, string> DataTypes = new Dictionary<DatasetDataType, string>
    {
        [DatasetDataType.Record] = "ข้อมูลระเบียน",
        [DatasetDataType.Statistical] = "ข้อมูลสถิติ",
        [DatasetDataType.Geospatial] = "ข้อมูลภูมิสารสนเทศเชิงพื้นที่",
        [DatasetDataType.Mixed] = "ข้อมูลหลากหลายประเภท",
        [DatasetDataType.Other] = "ข้อมูลประเภทอื่นๆ",
    };

    public static readonly IReadOnlyDictionary<FrequencyUnit, string> FrequencyUnits = new Dictionary<FrequencyUnit, string>
    {
        [FrequencyUnit.Day] = "วัน",
        [FrequencyUnit.Week] = "สัปดาห์",
        [FrequencyUnit.Month] = "เดือน",
        [FrequencyUnit.Quarter] = "ไตรมาส",
        [FrequencyUnit.HalfYear] = "ครึ่งปี",
        [FrequencyUnit.Year] = "ปี",
    };

    /// <summary>Finer-than-daily promises are tracked per day; the catalog does not chase hourly feeds.</summary>
    public static readonly IReadOnlySet<string> SubDailyUnits = new HashSet<string> { "วันทำการ", "ชั่วโมง", "นาที", "ตามเวลาจริง" };

    public static readonly IReadOnlyDictionary<GeoCoverage, string> GeoCoverages = new Dictionary<GeoCoverage, string>
    {
        [GeoCoverage.Province] = "จังหวัด",
        [GeoCoverage.District] = "อำเภอ",
        [GeoCoverage.Subdistrict] = "ตำบล",
        [GeoCoverage.Village] = "หมู่บ้าน",
        [GeoCoverage.LocalGovernment] = "เทศบาล/อบต.",
    };

    public static readonly IReadOnlyDictionary<DataClassification, string> Categories = new Dictionary<DataClassification, string>
    {
        [DataClassification.Public] = "ข้อมูลสาธารณะ",
        [DataClassification.Personal] = "ข้อมูลส่วนบุคคล",
        [DataClassification.Security] = "ข้อมูลความมั่นคง",
        [DataClassification.Secret] = "ข้อมูลความลับทางราชการ",
    };

    public static string ThaiOf(DatasetDataType type) => DataTypes.GetValueOrDefault(type, DataTypes[DatasetDataType.Other]);

    public static string ThaiOf(FrequencyUnit unit) => FrequencyUnits.GetValueOrDefault(unit, "อื่นๆ");

    public static string ThaiOf(GeoCoverage coverage) => GeoCoverages.GetValueOrDefault(coverage, "อื่นๆ");

    public static string ThaiOf(DataClassification classification) => Categories.GetValueOrDefault(classification, "อื่นๆ");

    public static T? Parse<T>(IReadOnlyDictionary<T, string> vocabulary, string? thai)
        where T : struct, Enum =>
        vocabulary.Where(p => p.Value == thai?.Trim()).Select(p => (T?)p.Key).FirstOrDefault();

    public static string EnglishOf(FrequencyUnit unit, int interval) => (unit, interval) switch
    {
        (FrequencyUnit.Day, 1) => "daily",
        (FrequencyUnit.Week, 1) => "weekly",
        (FrequencyUnit.Month, 1) => "monthly",
        (FrequencyUnit.Quarter, 1) => "quarterly",
        (FrequencyUnit.HalfYear, 1) => "twice a year",
        (FrequencyUnit.Year, 1) => "yearly",
        _ => $"every {interval} {unit.ToString().ToLowerInvariant()}s",
    };

    public static string ThaiFrequency(FrequencyUnit unit, int interval) =>
        interval == 1 ? $"ทุก{ThaiOf(unit)}" : $"ทุก {interval} {ThaiOf(unit)}";
}
