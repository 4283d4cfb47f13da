using System.Reflection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Wall;

/// <summary>A wall panel (<see cref="WallPanels"/>), the snapshot part it draws, and the classification of what it carries.</summary>
public sealed record WallPanelInfo(string Panel, WallParts Part, DataClassification Classification, string CarriesTh, string CarriesEn);

/// <summary>
/// Wall screens are seen by anyone in the room and opened with a read-only screen token, so the wall carries public
/// data only. Every part of a snapshot declares its classification here, the ticker declares which report field each
/// of its members comes from, and <see cref="OnlyPublic(WallSnapshot)"/> drops whatever a screen token may not see before a snapshot
/// leaves the feed: a panel or ticker member added later without a public classification never reaches a screen.
/// </summary>
public static class WallPanelClassification
{
    public static readonly IReadOnlyList<WallPanelInfo> Panels =
    [
        new(WallPanels.Counters, WallParts.Counters, DataClassification.Public, "จำนวนเรื่องรวม", "Totals"),
        new(WallPanels.Kpis, WallParts.Kpis, DataClassification.Public, "ค่าตัวชี้วัดรวม", "Aggregate KPI values"),
        new(WallPanels.Heatmap, WallParts.Heat, DataClassification.Public,
            "จำนวนเรื่องต่อช่องตาราง ไม่ใช่พิกัดรายเรื่อง", "Report counts per grid cell, never a report's own point"),
        new(WallPanels.Budget, WallParts.Budget, DataClassification.Public, "ยอดรวมรายอำเภอ", "District totals"),
        new(WallPanels.Ticker, WallParts.Ticker, DataClassification.Public,
            "เลขติดตาม หมวด อำเภอ กำหนดเสร็จ", "Tracking number, category, district, due date"),
    ];

    /// <summary>The report field behind each member of a ticker item; a member missing here keeps the ticker off the wall.</summary>
    public static readonly IReadOnlyDictionary<string, ReportField> TickerMembers = new Dictionary<string, ReportField>
    {
        [nameof(TickerItem.ReportId)] = ReportField.TrackingNumber,
        [nameof(TickerItem.TrackingNumber)] = ReportField.TrackingNumber,
        [nameof(TickerItem.CategoryTh)] = ReportField.Category,
        [nameof(TickerItem.CategoryEn)] = ReportField.Category,
        [nameof(TickerItem.DistrictTh)] = ReportField.District,
        [nameof(TickerItem.DistrictEn)] = ReportField.District,
        [nameof(TickerItem.DueAt)] = ReportField.SlaDates,
        [nameof(TickerItem.EscalatedAt)] = ReportField.SlaDates,

        // How many reports of a district were imported already overdue: a count by status, never one report's data.
        [nameof(TickerItem.BacklogCount)] = ReportField.Status,
    };

    private static readonly bool TickerShapeIsPublic = IsPublicShape(typeof(TickerItem), TickerMembers);

    public static DataClassification Of(WallParts part) =>
        Panels.FirstOrDefault(p => p.Part == part)?.Classification ?? DataClassification.Secret;

    /// <summary>Whether every public property of <paramref name="itemType"/> is declared and comes from a public report field.</summary>
    public static bool IsPublicShape(Type itemType, IReadOnlyDictionary<string, ReportField> members) =>
        itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p =>
            members.TryGetValue(p.Name, out var field) && ReportFieldClassification.Of(field) == DataClassification.Public);

    /// <summary>The snapshot as a screen token may see it: every part classified above public is replaced by its empty value.</summary>
    public static WallSnapshot OnlyPublic(WallSnapshot snapshot) => OnlyPublic(snapshot, Of, TickerShapeIsPublic);

    public static WallSnapshot OnlyPublic(WallSnapshot snapshot, Func<WallParts, DataClassification> classificationOf, bool tickerShapeIsPublic)
    {
        var screen = Actor.Screen(snapshot.View.ProvinceCode);
        bool May(WallParts part) => DataClearance.CanSee(classificationOf(part), screen, snapshot.View.ProvinceCode, null);
        return snapshot with
        {
            Counters = May(WallParts.Counters) ? snapshot.Counters : ReportCounters.Empty,
            Kpis = May(WallParts.Kpis) ? snapshot.Kpis : KpiTiles.Empty,
            Heat = May(WallParts.Heat) ? snapshot.Heat : HeatGrid.Empty,
            Budget = May(WallParts.Budget) ? snapshot.Budget : BudgetNeed.Empty,
            Ticker = May(WallParts.Ticker) && tickerShapeIsPublic ? snapshot.Ticker : Ticker.Empty,
        };
    }
}
