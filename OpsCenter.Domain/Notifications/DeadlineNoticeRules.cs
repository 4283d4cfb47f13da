using System.Globalization;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

/// <summary>An agreed action from a review meeting, as its owner's notices need it.</summary>
public sealed record ActionFacts(int Id, string ProvinceCode, string Text, int OwnerAgencyId, DateTime DueAt, bool IsOpen);

/// <summary>
/// Work with a due date — a dataset's next update, a meeting's action — tells its owner once before the date and once
/// after it. The due date is part of the key, so a dataset updated and due again is a new round.
/// </summary>
public static class DeadlineNoticeRules
{
    public static readonly TimeSpan DefaultLead = TimeSpan.FromDays(3);

    public static IReadOnlyList<Notice> ForDataset(FreshnessReminder reminder, string provinceCode, IReadOnlyList<StaffMember> stewards, DateTime now, TimeSpan lead, NotificationLinks links)
    {
        if (reminder.DueAt is not { } due || (due > now && due > now + lead))
        {
            return [];
        }

        var dataset = reminder.Dataset;
        var overdue = due <= now;
        var title = dataset.TitleTh;
        var titleEn = dataset.TitleEn ?? dataset.TitleTh;
        var text = overdue
            ? new NoticeText($"ชุดข้อมูลเกินกำหนดปรับปรุง: {title}", $"Dataset overdue for update: {titleEn}",
                $"ชุดข้อมูล \"{title}\" ครบกำหนดปรับปรุงเมื่อ {ThaiCalendar.FormatDate(due, true)} กรุณานำเข้าข้อมูลรอบใหม่",
                $"The dataset \"{titleEn}\" was due for an update on {ThaiCalendar.FormatDate(due, false)}; please upload the new round.",
                links.Dataset(dataset.Slug))
            : new NoticeText($"ชุดข้อมูลใกล้ครบกำหนดปรับปรุง: {title}", $"Dataset update due soon: {titleEn}",
                $"ชุดข้อมูล \"{title}\" จะครบกำหนดปรับปรุงวันที่ {ThaiCalendar.FormatDate(due, true)}",
                $"The dataset \"{titleEn}\" is due for an update on {ThaiCalendar.FormatDate(due, false)}.",
                links.Dataset(dataset.Slug));
        var kind = overdue ? NoticeKinds.DatasetOverdue : NoticeKinds.DatasetDueSoon;
        var owners = stewards.Where(s => s.AgencyId == dataset.OwnerAgencyId).ToList();
        return Each(kind, $"{dataset.DatasetId}:{DayKey(due)}", provinceCode, owners, text);
    }

    public static IReadOnlyList<Notice> ForAction(ActionFacts action, IReadOnlyList<StaffMember> owners, DateTime now, TimeSpan lead, NotificationLinks links)
    {
        if (!action.IsOpen || action.DueAt > now + lead)
        {
            return [];
        }

        var overdue = action.DueAt <= now;
        var text = overdue
            ? new NoticeText("ข้อสั่งการเกินกำหนด", "Action overdue",
                $"ข้อสั่งการ \"{action.Text}\" ครบกำหนดเมื่อ {ThaiCalendar.FormatDate(action.DueAt, true)} กรุณารายงานความคืบหน้า",
                $"The action \"{action.Text}\" was due on {ThaiCalendar.FormatDate(action.DueAt, false)}; please report progress.",
                links.Actions())
            : new NoticeText("ข้อสั่งการใกล้ครบกำหนด", "Action due soon",
                $"ข้อสั่งการ \"{action.Text}\" จะครบกำหนดวันที่ {ThaiCalendar.FormatDate(action.DueAt, true)}",
                $"The action \"{action.Text}\" is due on {ThaiCalendar.FormatDate(action.DueAt, false)}.",
                links.Actions());
        var kind = overdue ? NoticeKinds.ActionOverdue : NoticeKinds.ActionDueSoon;
        var own = owners.Where(s => s.AgencyId == action.OwnerAgencyId).ToList();
        return Each(kind, $"{action.Id}:{DayKey(action.DueAt)}", action.ProvinceCode, own, text);
    }

    private static List<Notice> Each(string kind, string occasion, string provinceCode, IEnumerable<StaffMember> people, NoticeText text) =>
        [.. people.Select(m => new Notice($"{kind}:{occasion}:user:{m.UserId}", kind, provinceCode, NoticeRecipient.Staff(m), text))];

    private static string DayKey(DateTime due) => ThaiCalendar.ToBangkok(due).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
