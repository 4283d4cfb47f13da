using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// The delivery loop: plan from the outbox, then send what is due; woken by this process's report events and on a poll
/// (for events other processes wrote, gathering windows that end and retries that fall due).
/// </summary>
public sealed class NotificationDelivery(
    NotificationPlanner planner,
    NotificationDispatcher dispatcher,
    IOpsEventBus bus,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<NotificationDelivery> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        using var subscription = bus.Subscribe((e, _) =>
        {
            if (ReportEvents.IsReport(e.Kind))
            {
                Wake();
            }

            return Task.CompletedTask;
        }, nameof(NotificationDelivery));
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                var (_, more) = await planner.PlanOnceAsync(stoppingToken);
                var sent = await dispatcher.DispatchOnceAsync(stoppingToken);
                busy = more || sent.Claimed > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Notification delivery round failed; retrying");
            }

            if (!busy)
            {
                await WaitAsync(stoppingToken);
            }
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    private async Task WaitAsync(CancellationToken ct)
    {
        try
        {
            using var poll = new CancellationTokenSource(options.Value.PollInterval, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, poll.Token);
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            // The poll interval passed, or the service is stopping; the loop tells which.
        }
    }
}
