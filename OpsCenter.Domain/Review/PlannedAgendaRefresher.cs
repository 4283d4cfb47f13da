using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsCenter.Domain.Review;

/// <summary>
/// Keeps every planned agenda live as time passes: an action or report that falls due overnight changes no row, so no
/// event rebuilds the agenda; this timer does (the TimeProvider's, so tests can drive it).
/// </summary>
public sealed class PlannedAgendaRefresher(
    ReviewService reviews,
    IOptions<ReviewOptions> options,
    TimeProvider time,
    ILogger<PlannedAgendaRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.AgendaRefreshMinutes;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var changed = await reviews.RefreshPlannedAgendasAsync(stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Planned agendas: {Changed} items followed the latest data", changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Rebuilding planned agendas failed; retrying at the next tick");
            }
        }
    }
}
