using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Operations;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Web.Features.Operations;

/// <summary>The database's state as this instance last saw it: probed on a timer and on every /healthz.</summary>
public sealed class DatabaseMonitor(IDbContextFactory<OpsDbContext> dbFactory, OpsMetrics metrics, IOptions<OperationsOptions> options, ILogger<DatabaseMonitor> logger)
    : BackgroundService
{
    private volatile string? _problem;

    /// <summary>Null while the database answers; else why it does not, in words an operator can act on.</summary>
    public string? Problem => _problem;

    public async Task<string?> ProbeAsync(CancellationToken ct)
    {
        string? problem;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var db = await dbFactory.CreateDbContextAsync(timeout.Token);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            problem = null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            problem = "the database did not answer within 3 s";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problem = Failures.Reason(ex);
        }

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
