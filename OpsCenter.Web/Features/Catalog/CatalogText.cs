using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Gaps;
using OpsCenter.Domain.Catalog.Interop;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Security;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>The catalog's vocabulary in the reader's language; Thai follows the GD Catalog's own words.</summary>
public static class CatalogText
{
    public static string Freshness(FreshnessState state) => state switch
    {
        FreshnessState.Current => T("เป็นปัจจุบัน", "Current"),
        FreshnessState.DueSoon => T("ใกล้ครบกำหนด", "Due soon"),
        _ => T("เกินกำหนด", "Overdue"),
    };

    public static string Tone(FreshnessState state) => state switch
    {
        FreshnessState.Current => "ok",
        FreshnessState.DueSoon => "warn",
        _ => "alarm",
    };

    public static string Classification(DataClassification c) => T(DataClassifications.ThaiName(c), DataClassifications.EnglishName(c));

    public static string DataType(DatasetDataType t) => IsThai ? GdcVocabulary.ThaiOf(t) : t switch
    {
        DatasetDataType.Record => "Record",
        DatasetDataType.Statistical => "Statistical",
        DatasetDataType.Geospatial => "Geospatial",
        DatasetDataType.Mixed => "Mixed",
        _ => "Other",
    };

    public static string Coverage(GeoCoverage g) => IsThai ? GdcVocabulary.ThaiOf(g) : g switch
    {
        GeoCoverage.Province => "Province",
        GeoCoverage.District => "District",
        GeoCoverage.Subdistrict => "Subdistrict",
        GeoCoverage.Village => "Village",
        _ => "Local government",
    };

    public static string Frequency(FrequencyUnit unit, int interval) =>
        IsThai ? GdcVocabulary.ThaiFrequency(unit, interval) : GdcVocabulary.EnglishOf(unit, interval);

    public static string Gap(GapStatus status) => status switch
    {
        GapStatus.Met => T("มีและเป็นปัจจุบัน", "Available and current"),
        GapStatus.DueSoon => T("มี ใกล้ครบกำหนด", "Available, due soon"),
        GapStatus.Stale => T("มีแต่ข้อมูลล้าสมัย", "Available but stale"),
        _ => T("ยังไม่มีชุดข้อมูล", "No dataset yet"),
    };

    public static string GapTone(GapStatus status) => status switch
    {
        GapStatus.Met => "ok",
        GapStatus.DueSoon => "warn",
        _ => "alarm",
    };

    public static string ColumnType(ColumnType type) => type switch
    {
        Domain.Catalog.Uploads.ColumnType.Integer => T("จำนวนเต็ม", "integer"),
        Domain.Catalog.Uploads.ColumnType.Decimal => T("ทศนิยม", "decimal"),
        Domain.Catalog.Uploads.ColumnType.Date => T("วันที่", "date"),
        Domain.Catalog.Uploads.ColumnType.Boolean => T("จริง/เท็จ", "boolean"),
        Domain.Catalog.Uploads.ColumnType.Empty => T("ว่าง", "empty"),
        _ => T("ข้อความ", "text"),
    };

    /// <summary>"เกิน 12 วัน" / "12 days late", "อีก 3 วัน" / "due in 3 days".</summary>
    public static string DaysFromDue(double days) => days switch
    {
        double.PositiveInfinity => T("ไม่เคยปรับปรุง", "never updated"),
        > 0 => T($"เกิน {Number(days, 0)} วัน", $"{Number(days, 0)} days late"),
        _ => T($"อีก {Number(-days, 0)} วัน", $"due in {Number(-days, 0)} days"),
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Number(bytes / 1024.0, 1)} KB",
        _ => $"{Number(bytes / (1024.0 * 1024), 1)} MB",
    };
}
