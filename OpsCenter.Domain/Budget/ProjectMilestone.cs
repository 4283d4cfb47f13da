namespace OpsCenter.Domain.Budget;

/// <summary>A step of a project (TOR, procurement, construction, acceptance…) with its own progress.</summary>
public sealed class ProjectMilestone
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public int Sequence { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }

    public DateTime DueAt { get; set; }

    /// <summary>0–100.</summary>
    public int ProgressPercent { get; set; }

    /// <summary>Relative size of the step in the whole project; steps weigh equally when all are 1.</summary>
    public int Weight { get; set; } = 1;

    public DateTime? CompletedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum MilestoneState
{
    Done = 1,
    OnTrack = 2,
    Late = 3,
}

/// <summary>Progress of a project from its milestones.</summary>
public static class ProjectProgress
{
    /// <summary>The weight-averaged progress of the milestones, 0–100; 0 when there are none.</summary>
    public static double Percent(IEnumerable<ProjectMilestone> milestones)
    {
        var list = milestones.Where(m => m.Weight > 0).ToList();
        var totalWeight = list.Sum(m => (long)m.Weight);
        return totalWeight == 0 ? 0 : list.Sum(m => (double)m.Weight * Math.Clamp(m.ProgressPercent, 0, 100)) / totalWeight;
    }

    public static MilestoneState StateOf(ProjectMilestone milestone, DateTime nowUtc) =>
        milestone.ProgressPercent >= 100 || milestone.CompletedAt is not null ? MilestoneState.Done
        : milestone.DueAt < nowUtc ? MilestoneState.Late
        : MilestoneState.OnTrack;
}
