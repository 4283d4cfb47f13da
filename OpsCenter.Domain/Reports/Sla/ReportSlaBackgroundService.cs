using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Reports.Sla;

/// <summary>Runs the SLA sweep on a timer; 0 seconds turns it off.</summary>
public sealed class ReportSlaBackgroundService(
    ReportSlaSweeper sweeper,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<ReportSlaBackgroundService> logger) : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SweepIntervalSeconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await sweeper.SweepOnceAsync(cancellationToken);
        if (result.Overdue + result.EscalatedToDeputy > 0)
        {
            logger.LogInformation("SLA sweep: {Overdue} newly overdue, {Deputy} escalated to a deputy governor", result.Overdue, result.EscalatedToDeputy);
        }
    }
}
