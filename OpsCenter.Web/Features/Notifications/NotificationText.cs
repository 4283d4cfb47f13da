using MudBlazor;
using OpsCenter.Domain.Notifications;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Notifications;

/// <summary>The names people read for delivery states and channels, Thai first.</summary>
public static class NotificationText
{
    public static string Status(NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => T("รอส่ง", "Waiting"),
        NotificationStatus.Sending => T("กำลังส่ง", "Sending"),
        NotificationStatus.Sent => T("ส่งแล้ว", "Sent"),
        NotificationStatus.Failed => T("ส่งไม่สำเร็จ", "Failed"),
        NotificationStatus.Cancelled => T("ยกเลิก", "Cancelled"),
        _ => status.ToString(),
    };

    public static string Channel(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => T("อีเมล", "E-mail"),
        NotificationChannel.Line => "LINE",
        NotificationChannel.InApp => T("ในระบบ", "In the app"),
        _ => T("เว็บฮุก", "Webhook"),
    };

    public static Color StatusColor(NotificationStatus status) => status switch
    {
        NotificationStatus.Sent => Color.Success,
        NotificationStatus.Failed => Color.Error,
        NotificationStatus.Cancelled => Color.Default,
        _ => Color.Info,
    };
}
