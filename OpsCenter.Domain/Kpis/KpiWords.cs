namespace OpsCenter.Domain.Kpis;

/// <summary>A phrase in both languages; the reader's half is picked where it is shown.</summary>
public readonly record struct KpiWord(string Thai, string English);

/// <summary>
/// The one vocabulary for where a KPI stands, shared by the wall, the KPI pages and the review decks. A missed target
/// is named by its direction: 14 road deaths against "≤ 12" is above the limit, not below the target.
/// </summary>
public static class KpiWords
{
    public static readonly KpiWord OnTrack = new("ตามเป้า", "On track");
    public static readonly KpiWord AtRisk = new("เสี่ยง", "At risk");
    public static readonly KpiWord Below = new("ต่ำกว่าเป้า", "Below target");
    public static readonly KpiWord Above = new("สูงกว่าเกณฑ์", "Above the limit");
    public static readonly KpiWord Awaiting = new("รอข้อมูล", "Awaiting data");

    /// <summary>For counts over KPIs of both directions: "missed" without saying which way.</summary>
    public static readonly KpiWord OffTrackCount = new("ไม่ถึงเป้า", "Off track");

    public static KpiWord Of(KpiStatus status, KpiDirection direction) => status switch
    {
        KpiStatus.OnTrack => OnTrack,
        KpiStatus.AtRisk => AtRisk,
        KpiStatus.OffTrack => direction == KpiDirection.LowerIsBetter ? Above : Below,
        _ => Awaiting,
    };
}
