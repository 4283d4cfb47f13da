using System.Globalization;
using System.Text;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

public sealed record AgencyOverdue(string NameTh, string NameEn, int Reports, int Datasets, int Actions);

/// <summary>A province's last Bangkok day, as the executives' morning digest tells it.</summary>
public sealed record DailyFacts(string ProvinceCode, DateTime DayStartUtc, int Received, int Resolved, int Escalated, IReadOnlyList<AgencyOverdue> Overdue);

/// <summary>
/// The executives' daily digest, in Thai first: what changed yesterday and what is overdue, by agency. Sent once a
/// Bangkok day from <see cref="SendAt"/>; the day is in the key, so a restart the same morning sends nothing twice.
/// </summary>
public static class ExecutiveDigest
{
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>The Bangkok day whose morning digest is due at <paramref name="now"/>, or null before the sending time.</summary>
    public static DateOnly? DayDue(DateTime now)
    {
        var local = ThaiCalendar.ToBangkok(now);
        return TimeOnly.FromDateTime(local) >= SendAt ? DateOnly.FromDateTime(local) : null;
    }

    public static IReadOnlyList<Notice> For(DailyFacts facts, DateOnly day, IReadOnlyList<StaffMember> executives, NotificationLinks links)
    {
        var text = Compose(facts, links);
        var dayKey = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. executives.Where(e => e.HasRole(OpsRoles.Executive) && e.ProvinceCode == facts.ProvinceCode)
            .Select(e => new Notice($"{NoticeKinds.ExecutiveDaily}:{facts.ProvinceCode}:{dayKey}:user:{e.UserId}", NoticeKinds.ExecutiveDaily,
                facts.ProvinceCode, NoticeRecipient.Staff(e), text))];
    }

    public static NoticeText Compose(DailyFacts facts, NotificationLinks links)
    {
        var date = ThaiCalendar.FormatDate(facts.DayStartUtc, true);
        var dateEn = ThaiCalendar.FormatDate(facts.DayStartUtc, false);
        var th = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"สรุปประจำวันที่ {date}")
            .AppendLine(CultureInfo.InvariantCulture, $"เรื่องร้องเรียนรับใหม่ {facts.Received} เรื่อง ดำเนินการเสร็จ {facts.Resolved} เรื่อง ยกระดับ {facts.Escalated} เรื่อง");
        var en = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Summary of {dateEn}")
            .AppendLine(CultureInfo.InvariantCulture, $"{facts.Received} reports received, {facts.Resolved} resolved, {facts.Escalated} escalated.");
        var overdue = facts.Overdue.Where(a => a.Reports + a.Datasets + a.Actions > 0)
            .OrderByDescending(a => a.Reports + a.Datasets + a.Actions).ThenBy(a => a.NameTh, StringComparer.Ordinal).ToList();
        if (overdue.Count == 0)
        {
            th.AppendLine("ไม่มีงานเกินกำหนด");
            en.AppendLine("Nothing is overdue.");
        }
        else
        {
            th.AppendLine("งานเกินกำหนดรายหน่วยงาน:");
            en.AppendLine("Overdue, by agency:");
            foreach (var a in overdue)
            {
                th.AppendLine(CultureInfo.InvariantCulture, $"- {a.NameTh}: เรื่องร้องเรียน {a.Reports} ชุดข้อมูล {a.Datasets} ข้อสั่งการ {a.Actions}");
                en.AppendLine(CultureInfo.InvariantCulture, $"- {a.NameEn}: {a.Reports} reports, {a.Datasets} datasets, {a.Actions} actions");
            }
        }

        return new NoticeText($"สรุปศูนย์ปฏิบัติการประจำวันที่ {date}", $"Operations centre daily summary, {dateEn}",
            th.ToString().TrimEnd(), en.ToString().TrimEnd(), links.Home());
    }
}
