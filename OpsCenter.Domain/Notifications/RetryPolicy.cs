namespace OpsCenter.Domain.Notifications;

/// <summary>When a failed send is tried again: doubling waits from the base up to the cap, and no more after the last attempt.</summary>
public static class RetryPolicy
{
    /// <summary>Null when the notification is to be dead-lettered instead.</summary>
    public static DateTime? NextAttempt(int attemptsMade, bool permanent, DateTime now, NotificationsOptions options)
    {
        if (permanent || attemptsMade >= options.MaxAttempts)
        {
            return null;
        }

        var exponent = Math.Min(Math.Max(0, attemptsMade - 1), 20);
        var wait = TimeSpan.FromTicks(Math.Min(options.RetryMax.Ticks, options.RetryBase.Ticks * (1L << exponent)));
        return now + wait;
    }
}
