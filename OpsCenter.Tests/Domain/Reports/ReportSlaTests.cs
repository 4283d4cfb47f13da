using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class ReportSlaTests
{
    private static readonly DateTime Received = new(2026, 3, 6, 10, 0, 0, DateTimeKind.Utc);
    private static readonly EscalationPolicy Policy = new(TimeSpan.FromHours(48));

    [Fact]
    public void DueAt_IsCalendarHoursAfterReceipt_EvenAcrossAWeekend()
    {
        // A Friday report with a 72-hour promise falls due on Monday: working hours and holidays are not modelled.
        Assert.Equal(new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc), ReportSla.DueAt(Received, 72));
    }

    [Theory]
    [InlineData(71, EscalationLevel.None)]
    [InlineData(72, EscalationLevel.DistrictChief)]
    [InlineData(119, EscalationLevel.DistrictChief)]
    [InlineData(120, EscalationLevel.DeputyGovernor)]
    public void LevelDue_FollowsTheHoursPastDue(int hoursAfterReceipt, EscalationLevel expected)
    {
        var due = ReportSla.DueAt(Received, 72);

        Assert.Equal(expected, ReportSla.LevelDue(ReportStatus.InProgress, due, Received.AddHours(hoursAfterReceipt), Policy));
    }

    [Theory]
    [InlineData(ReportStatus.Resolved)]
    [InlineData(ReportStatus.Rejected)]
    [InlineData(ReportStatus.Duplicate)]
    public void ClosedReports_NeverEscalate(ReportStatus status)
    {
        Assert.Equal(EscalationLevel.None, ReportSla.LevelDue(status, Received, Received.AddDays(30), Policy));
        Assert.Empty(ReportSla.StepsDue(status, Received, EscalationLevel.None, Received.AddDays(30), Policy));
    }

    [Fact]
    public void StepsDue_ALateSweep_StillTellsTheDistrictChiefBeforeTheDeputyGovernor()
    {
        var steps = ReportSla.StepsDue(ReportStatus.Received, Received, EscalationLevel.None, Received.AddDays(10), Policy);

        Assert.Equal([EscalationLevel.DistrictChief, EscalationLevel.DeputyGovernor], steps);
    }

    [Fact]
    public void StepsDue_AlreadyEscalated_DoesNothingAgain()
    {
        Assert.Empty(ReportSla.StepsDue(ReportStatus.Assigned, Received, EscalationLevel.DeputyGovernor, Received.AddDays(10), Policy));
        Assert.Equal([EscalationLevel.DeputyGovernor], ReportSla.StepsDue(ReportStatus.Assigned, Received, EscalationLevel.DistrictChief, Received.AddDays(10), Policy));
    }

    [Fact]
    public void NoDueTime_IsNeverOverdue()
    {
        Assert.False(ReportSla.IsOverdue(ReportStatus.Received, null, Received.AddYears(1)));
    }
}
