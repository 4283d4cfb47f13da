namespace OpsCenter.Domain.Events;

/// <summary>Bound from "Events:Outbox": how instances learn about each other's events and how long the outbox keeps them.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Events:Outbox";

    /// <summary>The PostgreSQL channel the outbox trigger notifies; the payload is the new row's id and nothing else.</summary>
    public const string Channel = "ops_outbox";

    /// <summary>Read other processes' events from the outbox (off only for tools that must not publish).</summary>
    public bool Relay { get; set; } = true;

    /// <summary>SQLite has no LISTEN/NOTIFY: how often to look for events written by another process (a CLI verb, say).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>PostgreSQL: re-read the outbox this often even without a notification, and check the listening connection.</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before opening a new listening connection after one failed.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a missing id (a transaction that took its id but had not committed) is looked for before it counts as rolled back.</summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 500;

    /// <summary>Outbox rows older than this are deleted; clients that were away longer reload instead of catching up.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
