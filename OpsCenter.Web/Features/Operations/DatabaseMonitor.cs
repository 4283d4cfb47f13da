using Microsoft.Extensions.Options;
using OpsCenter.Domain.Operations;

namespace OpsCenter.Web.Features.Operations;

/// <summary>The database's state as this instance last saw it: probed on a timer and on every /healthz.</summary>
public sealed class DatabaseMonitor(DatabaseProbe probe, OpsMetrics metrics, IOptions<OperationsOptions> options, ILogger<DatabaseMonitor> logger)
    : BackgroundService
{
    private volatile string? _problem;

    /// <summary>Null while the database answers; else why it does not, in words an operator can act on.</summary>
    public string? Problem => _problem;

    public async Task<string?> ProbeAsync(CancellationToken ct)
    {
        var problem = await probe.ProblemAsync(ct);

        if (problem != _problem)
        {
            if (problem is null)
            {
                logger.LogInformation("The database answers again");
            }
            else
            {
                logger.LogWarning("The database is unavailable: {Reason}", problem);
            }
        }

        _problem = problem;
        if (problem is null)
        {
            metrics.DatabaseAnswered();
        }
        else
        {
            metrics.DatabaseFailed();
        }

        return problem;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DatabaseProbeInterval);
        do
        {
            await ProbeAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
