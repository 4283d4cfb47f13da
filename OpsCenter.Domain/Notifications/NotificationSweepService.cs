using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// Runs the clock-driven notification rules on a timer, first at start-up. It runs with no channel configured too:
/// staff notices always reach the notification centre.
/// </summary>
public sealed class NotificationSweepService(
    NotificationSweeper sweeper,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<NotificationSweepService> logger) : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => options.Value.Enabled ? options.Value.SweepInterval : TimeSpan.Zero;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var planned = await sweeper.SweepOnceAsync(cancellationToken);
        if (planned > 0)
        {
            logger.LogInformation("Notification sweep planned {Planned} notifications", planned);
        }
    }
}
