using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Budget;

/// <summary>Hand-computed cases with the default weights: half-life 180 days, unresolved ×2, need ×1.5, flood severity 3, road 1.5.</summary>
public sealed class NeedIndexTests
{
    private static readonly DateTime AsOf = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly NeedIndexOptions Options = new();

    private static NeedReport Report(string category, string sector, double ageDays, ReportKind kind = ReportKind.Complaint,
        ReportStatus status = ReportStatus.InProgress, double? resolvedAgeDays = null, string area = "1901") =>
        new(area, sector, category, kind, status, AsOf.AddDays(-ageDays), resolvedAgeDays is { } r ? AsOf.AddDays(-r) : null);

    [Fact]
    public void Weight_OpenFloodComplaintHalfLifeOld_IsHalfTimesSeverityTimesUnresolved()
    {
        // 0.5 (180 of 180 days) × 3 (flood) × 2 (open) × 1 (complaint) = 3.0
        Assert.Equal(3.0, NeedIndex.Weight(Report("flood", Sectors.Water, 180), AsOf, Options), 12);
    }

    [Fact]
    public void Weight_ResolvedRoadNeedFiledToday_IsSeverityTimesNeedWeight()
    {
        // 1 (new) × 1.5 (road) × 1 (resolved) × 1.5 (need) = 2.25
        var report = Report("road", Sectors.Infrastructure, 0.0001, ReportKind.Need, ReportStatus.Resolved, resolvedAgeDays: 0.00005);
        Assert.Equal(2.25, NeedIndex.Weight(report, AsOf, Options), 3);
    }

    [Fact]
    public void Weight_ResolvedOnlyAfterTheAsOfInstant_CountsAsUnresolved()
    {
        // Resolved a day after the as-of instant: at that instant it was open. 0.25 (360 days) × 1.5 × 2 = 0.75
        var report = Report("road", Sectors.Infrastructure, 360, status: ReportStatus.Resolved, resolvedAgeDays: -1);
        Assert.Equal(0.75, NeedIndex.Weight(report, AsOf, Options), 12);
    }

    [Theory]
    [InlineData(ReportStatus.Rejected, 10)]
    [InlineData(ReportStatus.Duplicate, 10)]
    [InlineData(ReportStatus.InProgress, 366)]
    [InlineData(ReportStatus.InProgress, -1)]
    public void Weight_RejectedDuplicateOutOfWindowOrFuture_IsZero(ReportStatus status, double ageDays) =>
        Assert.Equal(0, NeedIndex.Weight(Report("flood", Sectors.Water, ageDays, status: status), AsOf, Options));

    [Fact]
    public void Weight_UnknownCategory_UsesDefaultSeverity()
    {
        // 1 × 1 (default severity) × 2 (open) = 2
        Assert.Equal(2.0, NeedIndex.Weight(Report("new-category", Sectors.Social, 0.0000001), AsOf, Options), 5);
    }

    [Fact]
    public void Compute_PerThousandResidents_WithIndicator_MatchesHandArithmetic()
    {
        var reports = new[]
        {
            Report("flood", Sectors.Water, 180),                                                        // 3.0 points
            Report("road", Sectors.Infrastructure, 0.0001, ReportKind.Need, ReportStatus.Resolved, 0.00005), // 2.25 points
            Report("flood", Sectors.Water, 10, status: ReportStatus.Rejected),                          // not counted at all
            Report("flood", Sectors.Water, 30, area: "9999"),                                           // area not in the list
        };
        var indicators = new[] { new NeedIndicator("1901", "tpmap-poor", 3000) };                      // 0.01 × 3000 = 30 points
        var population = new Dictionary<string, int> { ["1901"] = 1500 };

        var cells = NeedIndex.Compute(reports, indicators, population, Options, AsOf);

        Assert.Equal(Sectors.All.Count, cells.Count);
        var water = cells.Single(c => c.Sector == Sectors.Water);
        Assert.Equal(2.0, water.IndexPer1000, 9);                   // 3.0 × 1000 / 1500
        Assert.Equal((1, 1), (water.Reports, water.OpenReports));
        Assert.Equal(1.5, cells.Single(c => c.Sector == Sectors.Infrastructure).IndexPer1000, 3); // 2.25 × 1000 / 1500
        var social = cells.Single(c => c.Sector == Sectors.Social);
        Assert.Equal(30, social.IndicatorPoints, 9);
        Assert.Equal(20, social.IndexPer1000, 9);                   // 30 × 1000 / 1500
        Assert.Equal(0, cells.Single(c => c.Sector == Sectors.Health).Points);
    }

    [Fact]
    public void Compute_ZeroPopulation_GivesZeroIndexNotInfinity()
    {
        var cells = NeedIndex.Compute([Report("flood", Sectors.Water, 1)], [], new Dictionary<string, int> { ["1901"] = 0 }, Options, AsOf);
        Assert.All(cells, c => Assert.Equal(0, c.IndexPer1000));
    }

    [Fact]
    public void AsOfFor_PastYearIsItsEnd_CurrentYearIsNow()
    {
        var now = new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc); // FY 2570
        Assert.Equal(ThaiCalendar.FiscalYearEndUtc(2569), NeedIndex.AsOfFor(2569, now));
        Assert.Equal(new DateTime(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc), NeedIndex.AsOfFor(2569, now));
        Assert.Equal(now, NeedIndex.AsOfFor(2570, now));
        Assert.Equal(now, NeedIndex.AsOfFor(2571, now));
    }

    [Fact]
    public void InWindow_IsHalfOpen_StartIncludedAsOfExcluded()
    {
        var start = NeedIndex.WindowStart(AsOf, Options);
        Assert.True(NeedIndex.InWindow(start, AsOf, Options));
        Assert.False(NeedIndex.InWindow(start.AddTicks(-1), AsOf, Options));
        Assert.False(NeedIndex.InWindow(AsOf, AsOf, Options));
    }

    [Fact]
    public void Options_NegativeWeightOrUnknownSector_AreReported()
    {
        var options = new NeedIndexOptions { UnresolvedWeight = -1 };
        options.Indicators["bad"] = new IndicatorDefinition { Sector = "nowhere", Weight = 1 };
        var problems = options.Problems();
        Assert.Contains(problems, p => p.Contains("negative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("nowhere", StringComparison.Ordinal));
        Assert.Empty(new NeedIndexOptions().Problems());
    }

    [Fact]
    public void Group_SumsRecencyPerAreaCategoryKindAndState_AndScoresLikeSingleReports()
    {
        var reports = new[]
        {
            Report("flood", Sectors.Water, 180),
            Report("flood", Sectors.Water, 360),
            Report("flood", Sectors.Water, 0.5, status: ReportStatus.Resolved, resolvedAgeDays: 0.25),
            Report("flood", Sectors.Water, 5, status: ReportStatus.Duplicate),
        };

        var groups = NeedIndex.Group(reports, AsOf, Options);

        var open = groups.Single(g => g.Open);
        Assert.Equal((2, 0.75), (open.Count, Math.Round(open.RecencySum, 12)));  // 0.5 + 0.25
        Assert.Equal(4.5, NeedIndex.Points(open, Options), 12);                  // 0.75 × 3 × 2
        Assert.Equal(1, groups.Single(g => !g.Open).Count);
        Assert.Equal(reports.Sum(r => NeedIndex.Weight(r, AsOf, Options)), groups.Sum(g => NeedIndex.Points(g, Options)), 12);
    }
}
