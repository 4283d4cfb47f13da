namespace OpsCenter.Domain.Notifications;

/// <summary>The absolute links messages carry, from the installation's public address.</summary>
public sealed record NotificationLinks(string BaseUrl)
{
    private string Root => BaseUrl.TrimEnd('/');

    /// <summary>The public tracking page: the only link a citizen is sent, and it shows nothing about anyone else.</summary>
    public string Track(string trackingNumber) => $"{Root}/track/{Uri.EscapeDataString(trackingNumber)}";

    public string Report(long reportId) => $"{Root}/reports/{reportId}";

    public string Dataset(string slug) => $"{Root}/catalog/{Uri.EscapeDataString(slug)}";

    public string Kpi(string code) => $"{Root}/kpis/{Uri.EscapeDataString(code)}";

    public string Actions() => $"{Root}/reviews/actions";

    public string Home() => $"{Root}/";

    public string Unsubscribe(string token) => $"{Root}/notifications/unsubscribe/{Uri.EscapeDataString(token)}";
}
