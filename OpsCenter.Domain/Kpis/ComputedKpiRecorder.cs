using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Kpis;

/// <summary>
/// Keeps computed KPIs' history: the running month is recorded on every tick, so that a closed month holds the value it
/// had when it closed; at start it also fills the closed months the data can still compute.
/// </summary>
public sealed class ComputedKpiRecorder(
    KpiMeasurementService measurements,
    IOptions<KpiOptions> options,
    TimeProvider time,
    ILogger<ComputedKpiRecorder> logger) : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.RecordComputedMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var written = await measurements.RecordComputedAsync(cancellationToken);
        if (written > 0)
        {
            logger.LogInformation("Computed KPIs: {Written} monthly values recorded", written);
        }
    }
}
