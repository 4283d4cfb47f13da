namespace OpsCenter.Domain.Catalog.Gaps;

public enum GapStatus
{
    /// <summary>The dataset exists and is kept current.</summary>
    Met = 1,
    DueSoon = 2,

    /// <summary>The dataset exists but is overdue: the need is fed stale data.</summary>
    Stale = 3,

    /// <summary>No dataset answers the need.</summary>
    Missing = 4,
}

/// <summary>AS-IS against TO-BE for one requirement.</summary>
public static class DatasetGap
{
    public static GapStatus Of(DatasetFreshnessFacts? dataset, DateTime nowUtc) => dataset?.StateAt(nowUtc) switch
    {
        null => GapStatus.Missing,
        FreshnessState.Overdue => GapStatus.Stale,
        FreshnessState.DueSoon => GapStatus.DueSoon,
        _ => GapStatus.Met,
    };

    /// <summary>Share of requirements that are met or due soon (the data is there and within its promise), 0–100.</summary>
    public static double Readiness(IReadOnlyCollection<GapStatus> statuses) =>
        statuses.Count == 0 ? 100 : Math.Round(statuses.Count(s => s is GapStatus.Met or GapStatus.DueSoon) * 100.0 / statuses.Count, 1);
}
