using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Gaps;

namespace OpsCenter.Tests.Domain.Catalog;

public sealed class FreshnessRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc);

    private static DatasetFreshnessFacts Facts(int id, int owner, DateTime? last, FrequencyUnit unit = FrequencyUnit.Month) =>
        new(id, $"d{id}", $"ชุด {id}", null, owner, last, unit, 1);

    [Fact]
    public void History_ClosedPeriods_MeasureLatenessAgainstEachDueDate()
    {
        var updates = new[] { new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 11, 0, 0, 0, DateTimeKind.Utc) };
        var history = FreshnessHistory.Of(updates.Reverse(), FrequencyUnit.Month, 1, new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(3, history.Count);
        Assert.Equal(0, history[0].DaysLate);
        Assert.Equal(10, history[1].DaysLate);
        Assert.True(history[2].IsOpen);
        Assert.Equal(0.5, FreshnessHistory.OnTimeShare(history));
    }

    [Fact]
    public void History_OpenPeriodPastDue_CountsDaysLateToNow()
    {
        var history = FreshnessHistory.Of([new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)], FrequencyUnit.Month, 1, new DateTime(2026, 2, 6, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(5, history.Single().DaysLate);
        Assert.Null(FreshnessHistory.OnTimeShare(history));
    }

    [Fact]
    public void Scorecard_CountsStatesPerAgency_WorstFirst()
    {
        var datasets = new[]
        {
            Facts(1, 10, Now.AddDays(-5)), Facts(2, 10, Now.AddDays(-29)), Facts(3, 10, null),
            Facts(4, 20, Now.AddDays(-1)), Facts(5, 20, Now.AddDays(-2)),
        };

        var scores = CatalogScorecard.For(datasets, Now);

        Assert.Equal(10, scores[0].AgencyId);
        Assert.Equal((3, 1, 1, 1), (scores[0].Total, scores[0].Current, scores[0].DueSoon, scores[0].Overdue));
        Assert.Equal(66.7, scores[0].PercentWithinPromise);
        Assert.Equal(100, scores[1].PercentWithinPromise);
    }

    [Fact]
    public void Reminders_ListOverdueAndDueWithinHorizon_MostLateFirst()
    {
        var datasets = new[]
        {
            Facts(1, 10, Now.AddDays(-40)), Facts(2, 10, null), Facts(3, 20, Now.AddDays(-20)), Facts(4, 20, Now.AddDays(-2)),
        };

        var reminders = FreshnessReminders.Due(datasets, Now, TimeSpan.FromDays(14));

        Assert.Equal([2, 1, 3], reminders.Select(r => r.Dataset.DatasetId));
        Assert.True(reminders[0].IsOverdue);
        Assert.Equal(FreshnessState.DueSoon, reminders[2].State);
        Assert.True(reminders[2].DaysFromDue < 0);
        Assert.Equal(10, FreshnessReminders.ByOwner(reminders)[0].Key);
    }

    [Theory]
    [InlineData(null, GapStatus.Missing)]
    [InlineData(-3, GapStatus.Met)]
    [InlineData(-29, GapStatus.DueSoon)]
    [InlineData(-45, GapStatus.Stale)]
    public void Gap_FollowsTheDatasetsFreshness(int? daysAgo, GapStatus expected)
    {
        var facts = daysAgo is { } d ? Facts(1, 1, Now.AddDays(d)) : null;
        Assert.Equal(expected, DatasetGap.Of(facts, Now));
    }

    [Fact]
    public void Readiness_CountsMetAndDueSoon() =>
        Assert.Equal(50, DatasetGap.Readiness([GapStatus.Met, GapStatus.DueSoon, GapStatus.Stale, GapStatus.Missing]));
}
