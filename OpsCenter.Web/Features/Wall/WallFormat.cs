using System.Globalization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Wall;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Wall;

/// <summary>How wall numbers, statuses and durations read, in Thai first and English second.</summary>
public static class WallFormat
{
    public static string Tone(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => "ok",
        KpiStatus.AtRisk => "warn",
        KpiStatus.OffTrack => "alarm",
        _ => "neutral",
    };

    public static string StatusText(KpiStatus status, KpiDirection direction) => Features.Kpis.KpiText.Status(status, direction);

    public static string Unit(KpiTile tile) => T(tile.Unit, tile.UnitEn ?? tile.Unit);

    public static string Target(KpiTile tile) => tile.Target is not { } target
        ? T("ยังไม่กำหนดเป้าหมาย", "No target set")
        : $"{T("เป้าหมาย", "Target")} {(tile.Direction == KpiDirection.HigherIsBetter ? "≥" : "≤")} {Number(target, Decimals(target))} {Unit(tile)}";

    /// <summary>
    /// The target, and a star on the running month's value, which the panel's header explains (to date, not the whole
    /// month): a low month-to-date is not a collapse.
    /// </summary>
    public static string KpiNote(KpiTile tile) => tile.Partial ? $"* {Target(tile)}" : Target(tile);

    public static string Value(double? value) => value is { } v ? Number(v, Decimals(v)) : "–";

    public static string Overdue(DateTime dueAt, DateTime now)
    {
        var late = now - dueAt;
        return late.TotalHours < 24
            ? T($"เกิน {Math.Max(1, (int)late.TotalHours)} ชม.", $"{Math.Max(1, (int)late.TotalHours)} h late")
            : T($"เกิน {(int)late.TotalDays} วัน", $"{(int)late.TotalDays} d late");
    }

    public static string Mode(WallDisplay display) => display switch
    {
        { LocallyControlled: true } => T("ควบคุมที่จอนี้", "Controlled here"),
        { Mode: WallControlMode.Paused } => T("หยุดชั่วคราว", "Paused"),
        { Mode: WallControlMode.Following } => T("ผู้นำเสนอควบคุม", "Following the presenter"),
        { SlideCount: > 1 } => T("หมุนเวียนอัตโนมัติ", "Rotating"),
        _ => "",
    };

    public static string LongDate(DateTime utc) => IsThai
        ? ThaiCalendar.FormatLongThaiDate(utc)
        : ThaiCalendar.ToBangkok(utc).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => ThaiCalendar.ToBangkok(utc).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static int Decimals(double value) => Math.Abs(value - Math.Round(value)) < 0.05 ? 0 : 1;
}
