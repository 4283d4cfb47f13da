namespace OpsCenter.Domain.Catalog;

/// <summary>The freshness facts the catalog rules need about one dataset, without its content.</summary>
public sealed record DatasetFreshnessFacts(int DatasetId, string Slug, string TitleTh, string? TitleEn, int OwnerAgencyId, DateTime? LastDataUpdateAt, FrequencyUnit Unit, int Interval)
{
    public FreshnessState StateAt(DateTime nowUtc) => Freshness.Of(LastDataUpdateAt, Unit, Interval, nowUtc);

    public DateTime? DueAt => LastDataUpdateAt is { } last ? Freshness.NextDueAt(last, Unit, Interval) : null;

    public static DatasetFreshnessFacts Of(Dataset d) =>
        new(d.Id, d.Slug, d.TitleTh, d.TitleEn, d.OwnerAgencyId, d.LastDataUpdateAt, d.FrequencyUnit, d.FrequencyInterval);
}

public sealed record AgencyScore(int AgencyId, int Total, int Current, int DueSoon, int Overdue)
{
    /// <summary>Share of the agency's datasets that are current or due soon (kept within promise), 0–100.</summary>
    public double PercentWithinPromise => Total == 0 ? 0 : Math.Round((Current + DueSoon) * 100.0 / Total, 1);
}

/// <summary>Per-agency counts of current, due-soon and overdue datasets, worst first.</summary>
public static class CatalogScorecard
{
    public static IReadOnlyList<AgencyScore> For(IEnumerable<DatasetFreshnessFacts> datasets, DateTime nowUtc) =>
        datasets
            .GroupBy(d => d.OwnerAgencyId)
            .Select(g =>
            {
                var states = g.Select(d => d.StateAt(nowUtc)).ToList();
                return new AgencyScore(g.Key, states.Count,
                    states.Count(s => s == FreshnessState.Current),
                    states.Count(s => s == FreshnessState.DueSoon),
                    states.Count(s => s == FreshnessState.Overdue));
            })
            .OrderBy(s => s.PercentWithinPromise)
            .ThenByDescending(s => s.Overdue)
            .ThenBy(s => s.AgencyId)
            .ToList();
}
