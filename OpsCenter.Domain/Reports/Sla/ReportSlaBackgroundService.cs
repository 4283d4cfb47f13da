using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Reports.Sla;

/// <summary>Runs the SLA sweep on a timer (the TimeProvider's, so tests can drive it); 0 seconds turns it off.</summary>
public sealed class ReportSlaBackgroundService(
    ReportSlaSweeper sweeper,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<ReportSlaBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.SweepIntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        do
        {
            try
            {
                var result = await sweeper.SweepOnceAsync(stoppingToken);
                if (result.Overdue + result.EscalatedToDeputy > 0)
                {
                    logger.LogInformation("SLA sweep: {Overdue} newly overdue, {Deputy} escalated to a deputy governor", result.Overdue, result.EscalatedToDeputy);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "SLA sweep failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
