using OpsCenter.Domain.Budget;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class ProjectProgressTests
{
    private static ProjectMilestone Step(int progress, int weight = 1, int dueDays = 10) =>
        new() { NameTh = "ขั้นตอน", ProgressPercent = progress, Weight = weight, DueAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(dueDays) };

    [Fact]
    public void Percent_IsWeightAveraged()
    {
        // (1×100 + 1×50 + 3×20 + 1×0) / 6 = 35
        Assert.Equal(35, ProjectProgress.Percent([Step(100), Step(50), Step(20, 3), Step(0)]), 9);
        Assert.Equal(0, ProjectProgress.Percent([]));
    }

    [Fact]
    public void StateOf_PastDueAndUnfinished_IsLate()
    {
        var now = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(MilestoneState.Late, ProjectProgress.StateOf(Step(50), now));
        Assert.Equal(MilestoneState.Done, ProjectProgress.StateOf(Step(100), now));
        Assert.Equal(MilestoneState.OnTrack, ProjectProgress.StateOf(Step(0, dueDays: 60), now));
    }
}
