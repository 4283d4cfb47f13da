using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsCenter.Domain.Common;

/// <summary>
/// Work the app does on a timer (the TimeProvider's, so tests can drive it): a failed round is logged and the next tick
/// tries again; an interval of zero or less turns the work off.
/// </summary>
public abstract class PeriodicWork(TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>Run once at start-up before the first tick (a sweep that catches up), or only on ticks.</summary>
    protected virtual bool RunsAtStart => true;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        if (RunsAtStart)
        {
            await RoundAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RoundAsync(stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Work} failed; retrying at the next tick", GetType().Name);
        }
    }
}
