using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;

namespace OpsCenter.Domain.National;

/// <summary>Citizen reports against their SLA: resolutions in the window, how many in time, and what is open now.</summary>
public sealed record SlaPerformance(int Received, int Resolved, int ResolvedOnTime, int Open, int OpenOverdue)
{
    /// <summary>Share of the window's resolutions made by their due time; null when nothing was resolved.</summary>
    public double? OnTimeRate => Resolved == 0 ? null : (double)ResolvedOnTime / Resolved;

    public double? OverdueShareOfOpen => Open == 0 ? null : (double)OpenOverdue / Open;
}

public sealed record FreshnessSummary(int Current, int DueSoon, int Overdue)
{
    public int Total => Current + DueSoon + Overdue;

    /// <summary>Share of datasets not overdue; null for a province with no datasets yet.</summary>
    public double? UpToDateRate => Total == 0 ? null : (double)(Current + DueSoon) / Total;
}

public sealed record KpiSummary(int OnTrack, int AtRisk, int OffTrack, int Unknown)
{
    public int Total => OnTrack + AtRisk + OffTrack + Unknown;

    /// <summary>Share of the KPIs with a status that are on track; null when none has one.</summary>
    public double? OnTrackRate => OnTrack + AtRisk + OffTrack == 0 ? null : (double)OnTrack / (OnTrack + AtRisk + OffTrack);
}

public sealed record BudgetAlignment(Money Approved, int Districts, int UnderfundedDistricts, double? Alignment);

public sealed record ProvinceRollup(
    string Code,
    string NameTh,
    string NameEn,
    int Population,
    SlaPerformance Sla,
    FreshnessSummary Freshness,
    KpiSummary Kpis,
    BudgetAlignment Budget);

/// <summary>
/// The arithmetic of the national comparison, kept apart from the queries so it is tested with hand-computed cases.
/// Every figure is a rate or a count, so provinces of different sizes compare fairly.
/// </summary>
public static class NationalRollup
{
    /// <summary>How far back resolutions count towards the SLA rate.</summary>
    public static readonly TimeSpan SlaWindow = TimeSpan.FromDays(90);

    /// <summary>A district is underfunded when its share of need is above the average district's and its budget share under half of it.</summary>
    public const double UnderfundedRatio = 0.5;

    public static FreshnessSummary Freshness(IEnumerable<FreshnessState> states)
    {
        var list = states.ToList();
        return new FreshnessSummary(
            list.Count(s => s == FreshnessState.Current), list.Count(s => s == FreshnessState.DueSoon), list.Count(s => s == FreshnessState.Overdue));
    }

    public static KpiSummary Kpis(IEnumerable<KpiStatus> statuses)
    {
        var list = statuses.ToList();
        return new KpiSummary(
            list.Count(s => s == KpiStatus.OnTrack), list.Count(s => s == KpiStatus.AtRisk),
            list.Count(s => s == KpiStatus.OffTrack), list.Count(s => s == KpiStatus.Unknown));
    }

    /// <summary>
    /// Alignment of budget with need across the province's districts: one minus half the summed gaps between each
    /// district's budget share and need share (1 = budget exactly where need is, 0 = all of it where there is none).
    /// Null when there is no budget or no need to compare.
    /// </summary>
    public static BudgetAlignment Budget(IReadOnlyList<DistrictBudgetNeed> districts)
    {
        var approved = new Money(districts.Sum(d => d.Budget.Satang));
        var hasBoth = approved.Satang > 0 && districts.Sum(d => d.NeedShare) > 0;
        double? alignment = hasBoth ? 1 - (districts.Sum(d => Math.Abs(d.BudgetShare - d.NeedShare)) / 2) : null;
        var averageNeed = districts.Count == 0 ? 0 : 1.0 / districts.Count;
        var underfunded = hasBoth
            ? districts.Count(d => d.NeedShare > averageNeed && d.BudgetShare < UnderfundedRatio * d.NeedShare)
            : 0;
        return new BudgetAlignment(approved, districts.Count, underfunded, alignment is { } a ? Math.Clamp(a, 0, 1) : null);
    }
}
