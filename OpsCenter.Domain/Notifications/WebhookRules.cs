using OpsCenter.Domain.Events;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// An agency's webhooks hear every event of the reports it owns, once per webhook and event; the payload says what
/// staff notices say (number, category, status, link) and nothing about the reporter.
/// </summary>
public static class WebhookRules
{
    public static IReadOnlyList<PlannedDelivery> For(OpsEvent opsEvent, ReportFacts report, IReadOnlyList<AgencyWebhook> webhooks, DateTime now, NotificationLinks links)
    {
        if (report.OwnerAgencyId is not { } owner || opsEvent.Kind is ReportEvents.Imported or ReportEvents.BacklogImported)
        {
            return [];
        }

        var text = new NoticeText(
            $"{opsEvent.Kind} {report.TrackingNumber}", $"{opsEvent.Kind} {report.TrackingNumber}",
            $"เรื่อง{report.CategoryTh} เลขที่ {report.TrackingNumber} สถานะ{ReportStatuses.ThaiName(report.Status)}",
            $"{report.CategoryEn} report {report.TrackingNumber}, {ReportStatuses.EnglishName(report.Status).ToLowerInvariant()}",
            links.Report(report.Id));
        return [.. webhooks.Where(w => w.Enabled && w.AgencyId == owner).Select(w =>
        {
            var notice = new Notice($"webhook:{w.Id}:{opsEvent.Sequence}", opsEvent.Kind, report.ProvinceCode, new NoticeRecipient(null, null, null), text);
            return new PlannedDelivery(notice, NotificationChannel.Webhook, w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), now);
        })];
    }
}
