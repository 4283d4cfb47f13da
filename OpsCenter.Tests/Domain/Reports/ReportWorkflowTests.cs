using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class ReportWorkflowTests
{
    [Theory]
    [InlineData(ReportStatus.Received, ReportAction.Take, true)]
    [InlineData(ReportStatus.Assigned, ReportAction.Forward, true)]
    [InlineData(ReportStatus.InProgress, ReportAction.Resolve, true)]
    [InlineData(ReportStatus.InProgress, ReportAction.StartWork, false)]
    [InlineData(ReportStatus.Resolved, ReportAction.Assign, false)]
    [InlineData(ReportStatus.Resolved, ReportAction.Reopen, true)]
    [InlineData(ReportStatus.Rejected, ReportAction.Reopen, false)]
    [InlineData(ReportStatus.Duplicate, ReportAction.Resolve, false)]
    public void IsAllowed_OpenReportsTakeStaffActions_OnlyResolvedOnesReopen(ReportStatus from, ReportAction action, bool allowed)
    {
        Assert.Equal(allowed, ReportWorkflow.IsAllowed(from, action));
    }

    [Fact]
    public void Reject_WithoutReason_NamesTheNoteField()
    {
        var error = ReportWorkflow.Check(ReportStatus.Received, ReportAction.Reject, "  ", null, null);

        Assert.Equal("note", error?.Field);
        Assert.Contains("เหตุผล", error!.Thai, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_WithoutAgency_NamesTheAgencyField()
    {
        Assert.Equal("agency", ReportWorkflow.Check(ReportStatus.Received, ReportAction.Assign, null, null, null)?.Field);
        Assert.Null(ReportWorkflow.Check(ReportStatus.Received, ReportAction.Assign, null, 7, null));
    }

    [Fact]
    public void MarkDuplicate_NeedsThePrimaryReport()
    {
        Assert.Equal("duplicateOf", ReportWorkflow.Check(ReportStatus.Received, ReportAction.MarkDuplicate, null, null, null)?.Field);
    }

    [Fact]
    public void ClosedReport_CannotBeResolvedAgain()
    {
        Assert.Equal("status", ReportWorkflow.Check(ReportStatus.Rejected, ReportAction.Resolve, "done", null, null)?.Field);
    }

    [Fact]
    public void CanReopen_OnlyWithinTheWindowAfterResolution()
    {
        var resolved = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var window = TimeSpan.FromDays(14);

        Assert.True(ReportWorkflow.CanReopen(ReportStatus.Resolved, resolved, resolved.AddDays(14), window));
        Assert.False(ReportWorkflow.CanReopen(ReportStatus.Resolved, resolved, resolved.AddDays(15), window));
        Assert.False(ReportWorkflow.CanReopen(ReportStatus.Rejected, resolved, resolved.AddDays(1), window));
    }

    [Theory]
    [InlineData(ReportAction.Resolve, ReportEvents.Resolved)]
    [InlineData(ReportAction.Take, ReportEvents.Assigned)]
    [InlineData(ReportAction.MarkDuplicate, ReportEvents.Merged)]
    [InlineData(ReportAction.Reopen, ReportEvents.Reopened)]
    [InlineData(ReportAction.StartWork, ReportEvents.StatusChanged)]
    public void EveryAction_PublishesItsEvent(ReportAction action, string expected)
    {
        Assert.Equal(expected, ReportWorkflow.EventOf(action));
    }
}
