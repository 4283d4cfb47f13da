namespace OpsCenter.Web.Features.Kpis;

/// <summary>What the KPI entry form holds while an owner fills it in.</summary>
public sealed class KpiEntryInput
{
    /// <summary>The property each of the measurement service's error fields belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string>
    {
        ["month"] = nameof(Period),
        ["evidence"] = nameof(EvidenceNote),
    };

    public int? AgencyId { get; set; }

    /// <summary>The first instant of the month, UTC, as the months offered are.</summary>
    public DateTime Period { get; set; }

    public double? Value { get; set; }

    public string? EvidenceNote { get; set; }

    public string? EvidenceUrl { get; set; }
}
