using System.Globalization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Notifications;

/// <summary>What a report's notices need to know about it; nothing personal (the reporter's contact comes apart).</summary>
public sealed record ReportFacts(
    long Id, string TrackingNumber, string ProvinceCode, ReportStatus Status, int? OwnerAgencyId, string? AssignedUserId,
    DateTime? DueAt, EscalationLevel EscalationLevel, int ReopenCount, string CategoryTh, string CategoryEn, string? DistrictCode = null)
{
    /// <summary>A reopened report is a new round of work: its overdue and escalation notices may go out again.</summary>
    public string Round => $"r{ReopenCount}";
}

/// <summary>The people around a report: its agency's staff, the district office above it and the province's executives.</summary>
public sealed record ReportAudience(IReadOnlyList<StaffMember> OwnerAgency, IReadOnlyList<StaffMember> DistrictOffice, IReadOnlyList<StaffMember> Executives)
{
    public static readonly ReportAudience Nobody = new([], [], []);
}

/// <summary>The reporter's contact as notices may use it: only with consent, and never after they unsubscribed.</summary>
public sealed record CitizenContactFacts(string? Email, bool Consented, bool OptedOut)
{
    public bool MayBeTold => Consented && !OptedOut && !string.IsNullOrWhiteSpace(Email);
}

/// <summary>Who hears what when a report moves. Pure: the same event and facts always give the same notices and keys.</summary>
public static class ReportNoticeRules
{
    public static IReadOnlyList<Notice> OnEvent(OpsEvent opsEvent, ReportFacts report, ReportAudience audience, CitizenContactFacts? citizen, NotificationLinks links)
    {
        var notices = new List<Notice>();
        switch (opsEvent.Kind)
        {
            case ReportEvents.Received:
                notices.AddRange(ToAgency(report, audience, links));
                notices.AddRange(ToCitizen(NoticeKinds.CitizenAccepted, report, citizen, "", links));
                break;
            case ReportEvents.Assigned:
                notices.AddRange(ToAgency(report, audience, links));
                notices.AddRange(ToCitizen(NoticeKinds.CitizenAssigned, report, citizen, report.Round, links));
                break;
            case ReportEvents.Overdue:
                notices.AddRange(Overdue(report, audience, links));
                break;
            case ReportEvents.Escalated:
                notices.AddRange(Escalated(report, audience, links));
                break;
            case ReportEvents.Resolved:
                notices.AddRange(ToCitizen(NoticeKinds.CitizenResolved, report, citizen, report.Round, links));
                break;
            case ReportEvents.StatusChanged when report.Status == ReportStatus.Rejected:
                notices.AddRange(ToCitizen(NoticeKinds.CitizenRejected, report, citizen, report.Round, links));
                break;
        }

        return notices;
    }

    /// <summary>An open report whose due time falls within <paramref name="window"/>: its people hear once per due time.</summary>
    public static IReadOnlyList<Notice> DueSoon(ReportFacts report, ReportAudience audience, DateTime now, TimeSpan window, NotificationLinks links)
    {
        if (!ReportStatuses.IsOpen(report.Status) || report.DueAt is not { } due || due <= now || due > now + window)
        {
            return [];
        }

        var hours = Math.Max(1, (int)Math.Ceiling((due - now).TotalHours));
        var text = new NoticeText(
            $"เรื่อง {report.TrackingNumber} จะครบกำหนดใน {hours} ชั่วโมง",
            $"Report {report.TrackingNumber} is due in {hours} h",
            $"เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} จะครบกำหนดใน {hours} ชั่วโมง กรุณาดำเนินการให้แล้วเสร็จ",
            $"The {report.CategoryEn.ToLowerInvariant()} report {report.TrackingNumber} falls due in {hours} h; please finish it.",
            links.Report(report.Id));
        var dueKey = due.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        return [.. Workers(report, audience).Select(m => Staff(NoticeKinds.ReportDueSoon, $"{report.Id}:{dueKey}", report, m, text))];
    }

    /// <summary>The staff member who took it, or else everyone at the owner agency.</summary>
    public static IReadOnlyList<StaffMember> Workers(ReportFacts report, ReportAudience audience)
    {
        if (report.OwnerAgencyId is null)
        {
            return [];
        }

        var own = audience.OwnerAgency.Where(m => m.AgencyId == report.OwnerAgencyId).ToList();
        var taker = own.Where(m => m.UserId == report.AssignedUserId).ToList();
        return taker.Count > 0 ? taker : own;
    }

    /// <summary>
    /// Who holds the report is the occasion: routing at intake and an assignment to the same agency tell it once, a
    /// move to another agency or to one person tells them anew.
    /// </summary>
    private static IEnumerable<Notice> ToAgency(ReportFacts report, ReportAudience audience, NotificationLinks links)
    {
        var occasion = $"{report.Id}:{report.Round}:a{report.OwnerAgencyId}:{report.AssignedUserId ?? "-"}";
        var text = new NoticeText(
            $"เรื่องใหม่ในคิวของท่าน: {report.TrackingNumber}",
            $"New report in your queue: {report.TrackingNumber}",
            $"เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} ได้รับมอบหมายให้หน่วยงานของท่าน{DueThai(report)}",
            $"The {report.CategoryEn.ToLowerInvariant()} report {report.TrackingNumber} was assigned to your agency{DueEnglish(report)}.",
            links.Report(report.Id));
        return Workers(report, audience).Select(m => Staff(NoticeKinds.ReportAssigned, occasion, report, m, text));
    }

    /// <summary>
    /// An open report past its due time tells its people, whether the SLA sweep's event says so or a later look at the
    /// state does (a report that was overdue before notifications were switched on): the key is the same either way.
    /// </summary>
    public static IReadOnlyList<Notice> Overdue(ReportFacts report, ReportAudience audience, DateTime now, NotificationLinks links) =>
        ReportSla.IsOverdue(report.Status, report.DueAt, now) ? [.. Overdue(report, audience, links)] : [];

    private static IEnumerable<Notice> Overdue(ReportFacts report, ReportAudience audience, NotificationLinks links)
    {
        var text = new NoticeText(
            $"เกินกำหนด: เรื่อง {report.TrackingNumber}",
            $"Overdue: report {report.TrackingNumber}",
            $"เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} เกินกำหนดแล้ว และได้แจ้งนายอำเภอเพื่อเร่งรัด",
            $"The {report.CategoryEn.ToLowerInvariant()} report {report.TrackingNumber} is overdue; the district chief has been told.",
            links.Report(report.Id));
        return Workers(report, audience).Select(m => Staff(NoticeKinds.ReportOverdue, $"{report.Id}:{report.Round}", report, m, text));
    }

    private static IEnumerable<Notice> Escalated(ReportFacts report, ReportAudience audience, NotificationLinks links)
    {
        var (chain, th, en) = report.EscalationLevel switch
        {
            EscalationLevel.DistrictChief => (audience.DistrictOffice, "นายอำเภอ", "the district chief"),
            EscalationLevel.DeputyGovernor => (audience.Executives, "รองผู้ว่าราชการจังหวัด", "the deputy governor"),
            _ => ([], "", ""),
        };
        var text = new NoticeText(
            $"ยกระดับถึง{th}: เรื่อง {report.TrackingNumber}",
            $"Escalated to {en}: report {report.TrackingNumber}",
            $"เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} เกินกำหนด จึงยกระดับถึง{th}เพื่อติดตามเร่งรัด",
            $"The {report.CategoryEn.ToLowerInvariant()} report {report.TrackingNumber} is overdue and was escalated to {en} for follow-up.",
            links.Report(report.Id));
        var level = (int)report.EscalationLevel;
        return chain.Select(m => Staff(NoticeKinds.ReportEscalated, $"{report.Id}:{report.Round}:L{level}", report, m, text));
    }

    private static IEnumerable<Notice> ToCitizen(string kind, ReportFacts report, CitizenContactFacts? citizen, string round, NotificationLinks links)
    {
        if (citizen is not { MayBeTold: true })
        {
            return [];
        }

        var (th, en) = kind switch
        {
            NoticeKinds.CitizenAccepted => ("รับเรื่องของท่านแล้ว", "Your report was received"),
            NoticeKinds.CitizenAssigned => ("ส่งเรื่องของท่านถึงหน่วยงานผู้รับผิดชอบแล้ว", "Your report was passed to the agency responsible"),
            NoticeKinds.CitizenResolved => ("เรื่องของท่านดำเนินการเสร็จแล้ว", "Your report was resolved"),
            _ => ("เรื่องของท่านไม่ได้รับการดำเนินการ", "Your report was not taken up"),
        };

        // Only the report's own number, category and public page: nothing about staff or other reporters.
        var link = links.Track(report.TrackingNumber);
        var text = new NoticeText(
            $"{th} ({report.TrackingNumber})",
            $"{en} ({report.TrackingNumber})",
            $"{th} เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} ติดตามความคืบหน้าได้ที่ลิงก์ด้านล่าง",
            $"{en}: {report.CategoryEn.ToLowerInvariant()} report {report.TrackingNumber}. Follow it at the link below.",
            link);
        var occasion = round.Length == 0 ? $"{report.Id}" : $"{report.Id}:{round}";
        var recipient = NoticeRecipient.Citizen(report.Id, citizen.Email!);
        return [new Notice($"{kind}:{occasion}:{recipient.KeyPart}", kind, report.ProvinceCode, recipient, text)];
    }

    private static Notice Staff(string kind, string occasion, ReportFacts report, StaffMember member, NoticeText text)
    {
        var recipient = NoticeRecipient.Staff(member);
        return new Notice($"{kind}:{occasion}:{recipient.KeyPart}", kind, report.ProvinceCode, recipient, text);
    }

    private static string DueThai(ReportFacts report) =>
        report.DueAt is { } due ? $" กำหนดเสร็จ {ThaiCalendar.FormatDateTime(due, thai: true)}" : "";

    private static string DueEnglish(ReportFacts report) =>
        report.DueAt is { } due ? $", due {ThaiCalendar.FormatDateTime(due, thai: false)}" : "";
}
