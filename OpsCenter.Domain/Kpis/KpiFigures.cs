namespace OpsCenter.Domain.Kpis;

/// <summary>Where a KPI's value comes from: its owners' reports, or one of the figures the system holds itself.</summary>
public enum KpiComputation
{
    /// <summary>Owner agencies report the value with evidence.</summary>
    Reported = 0,

    /// <summary>Budget disbursed ÷ budget approved × 100, fiscal year to date (Budget).</summary>
    BudgetDisbursed = 1,

    /// <summary>Reports resolved by their due time ÷ reports resolved, in the month (Reports).</summary>
    ComplaintsResolvedOnTime = 2,

    /// <summary>Datasets not overdue ÷ datasets in the catalog × 100 (Catalog).</summary>
    DatasetsCurrent = 3,

    /// <summary>A warehouse indicator over a catalog dataset, re-measured when a new version lands (Warehouse).</summary>
    Indicator = 4,
}

/// <summary>A computed value and what it was computed from, in both languages: the evidence an owner would have attached.</summary>
public sealed record KpiFigureValue(double Value, string BasisTh, string BasisEn);

/// <summary>
/// A figure a KPI can be computed from, registered by the feature that owns its data and computed by the same query
/// that feature's own pages show, so a KPI and the page never disagree. Kpis declares it because those features
/// (Budget, Catalog) already depend on Kpis.
/// </summary>
public interface IKpiFigure
{
    KpiComputation Computation { get; }

    /// <summary>
    /// Whether a closed month can still be computed from the data afterwards. Reports keep their dates; budget lines and
    /// dataset states keep only their present, so their closed months are the values recorded while the month ran.
    /// </summary>
    bool KeepsHistory { get; }

    /// <summary>
    /// The value for the Bangkok month starting at <paramref name="periodStart"/> as of <paramref name="asOf"/> (now for
    /// the running month); null when there is nothing to compute it from (no budget approved, nothing resolved).
    /// </summary>
    Task<KpiFigureValue?> ValueAsync(string provinceCode, DateTime periodStart, DateTime asOf, CancellationToken ct = default);
}
