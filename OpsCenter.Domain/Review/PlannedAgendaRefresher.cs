using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Review;

/// <summary>
/// Keeps every planned agenda live as time passes: an action or report that falls due overnight changes no row, so no
/// event rebuilds the agenda; this timer does.
/// </summary>
public sealed class PlannedAgendaRefresher(
    ReviewService reviews,
    IOptions<ReviewOptions> options,
    TimeProvider time,
    ILogger<PlannedAgendaRefresher> logger) : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.AgendaRefreshMinutes);

    // Agendas are rebuilt whenever their facts change; only time's own changes wait for the tick.
    protected override bool RunsAtStart => false;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var changed = await reviews.RefreshPlannedAgendasAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Planned agendas: {Changed} items followed the latest data", changed);
        }
    }
}
