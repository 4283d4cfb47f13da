using System.Globalization;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

/// <summary>A KPI part whose owner has not reported a closed month, as the owner's notice needs it.</summary>
public sealed record KpiAwaitedFacts(int KpiId, string Code, string NameTh, string NameEn, string ProvinceCode, DateTime PeriodStart, int AgencyId);

/// <summary>
/// A joint KPI waits for every owner's part before it has a value; the owner still owing last month's part is told once
/// per month (the period is in the key), and only its own staff are.
/// </summary>
public static class KpiNoticeRules
{
    public static IReadOnlyList<Notice> Awaited(KpiAwaitedFacts awaited, IReadOnlyList<StaffMember> workers, NotificationLinks links)
    {
        var month = ThaiCalendar.FormatMonth(awaited.PeriodStart.Year, awaited.PeriodStart.Month, true);
        var monthEn = awaited.PeriodStart.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var text = new NoticeText($"รอผลตัวชี้วัดของหน่วยงาน: {awaited.NameTh}", $"Your KPI part is awaited: {awaited.NameEn}",
            $"ตัวชี้วัด \"{awaited.NameTh}\" รอผลของหน่วยงานท่านสำหรับเดือน {month} ค่ารวมของจังหวัดจะแสดงได้เมื่อทุกหน่วยงานรายงานครบ",
            $"The KPI \"{awaited.NameEn}\" awaits your agency's figure for {monthEn}; the province's joint value shows once every owner has reported.",
            links.Kpi(awaited.Code));
        var occasion = $"{awaited.KpiId}:{awaited.PeriodStart.ToString("yyyyMM", CultureInfo.InvariantCulture)}";
        return [.. workers.Where(w => w.AgencyId == awaited.AgencyId)
            .Select(w => new Notice($"{NoticeKinds.KpiAwaited}:{occasion}:user:{w.UserId}", NoticeKinds.KpiAwaited, awaited.ProvinceCode, NoticeRecipient.Staff(w), text))];
    }
}
