namespace OpsCenter.Domain.Notifications;

/// <summary>Bound from "Notifications": the channels an installation has, and how delivery paces itself.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Plan and send notifications at all (off for tools that must not).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The address people open links at, e.g. https://ops.saraburi.go.th.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public SmtpOptions Smtp { get; set; } = new();

    public LineOptions Line { get; set; } = new();

    /// <summary>Staff notices wait this long so that a burst (an import, a sweep) leaves as one digest.</summary>
    public TimeSpan GatherWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>This many or more notifications due together for one address go as one digest.</summary>
    public int DigestThreshold { get; set; } = 5;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's wait; each further one doubles, up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a dispatcher owns a claimed row; past it the row counts as in doubt and is sent again.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often to look for due notifications and new events (also woken by this process's bus).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 200;

    /// <summary>How long before its due time a report's people hear that it is due soon.</summary>
    public TimeSpan ReportDueSoon { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long before their due date datasets' stewards and actions' owners hear about them.</summary>
    public TimeSpan DeadlineLead { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often the clock-driven rules (due soon, datasets, actions, the daily digest) look again; 0 turns them off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed class SmtpOptions
{
    /// <summary>No host, no e-mail: the channel is off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "opscenter@example.org";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS on connect for port 465, STARTTLS (required) otherwise; false sends in the clear (a relay on the same host).</summary>
    public bool UseTls { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public sealed class LineOptions
{
    /// <summary>The official account's channel access token; no token, no LINE.</summary>
    public string? ChannelAccessToken { get; set; }

    /// <summary>The push endpoint; the real one is LINE's, tests point it at a local server.</summary>
    public string Endpoint { get; set; } = "https://api.line.me/v2/bot/message/push";

    /// <summary>The channel secret LINE signs its webhook requests with (x-line-signature); no secret, no account linking.</summary>
    public string? ChannelSecret { get; set; }

    /// <summary>The reply endpoint, for answering a link code in the chat; the real one is LINE's, tests point it at a local server.</summary>
    public string ReplyEndpoint { get; set; } = "https://api.line.me/v2/bot/message/reply";

    /// <summary>The official account's LINE id (e.g. @opscenter-saraburi), shown with the link code so people know whom to send it to.</summary>
    public string? OfficialAccountId { get; set; }

    /// <summary>How long a link code may be sent before it expires.</summary>
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ChannelAccessToken);

    public bool CanLink => !string.IsNullOrWhiteSpace(ChannelSecret);
}
