using Bunit;
using MudBlazor;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Audit;

namespace OpsCenter.Tests.Components.Audit;

/// <summary>The audit grid asks for the newest entries first, re-asks by the header clicked, and says how many match.</summary>
public sealed class AuditLogGridTests : ComponentTest
{
    private readonly List<PageRequest> _asked = [];
    private int? _total;

    private static AuditEntry Entry(long id, string user, string action) => new()
    {
        Id = id, At = new DateTime(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc).AddMinutes(id), UserName = user, Action = action,
        SubjectType = "user", SubjectId = "u-" + id, ProvinceCode = "19",
    };

    private IRenderedComponent<AuditLogGrid> RenderGrid()
    {
        Render<MudPopoverProvider>();
        return Render<AuditLogGrid>(p => p
            .Add(c => c.Load, (page, _) =>
            {
                _asked.Add(page);
                return Task.FromResult(new Paged<AuditEntry>([Entry(2, "admin", AuditActions.UserDisabled), Entry(1, "official", AuditActions.ReporterContactRead)], 73));
            })
            .Add(c => c.OnTotal, (int total) => _total = total));
    }

    [Fact]
    public void FirstPage_IsTheNewestEntries_WithTheirActionsInThai()
    {
        var grid = RenderGrid();

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=audit-row]").Count));
        Assert.Equal(new PageRequest(0, AuditLogGrid.PageSize, nameof(AuditEntry.At), true), _asked[0]);
        Assert.Equal(73, _total);
        Assert.Contains("ระงับผู้ใช้", grid.Markup, StringComparison.Ordinal);
        Assert.Contains("user #u-2", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickingUser_SortsByUserName_AndTheUnsortableColumnsHaveNoSortControl()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Single(_asked));

        ClickHeader(grid, "ผู้ใช้");

        grid.WaitForAssertion(() => Assert.Equal(new PageRequest(0, AuditLogGrid.PageSize, nameof(AuditEntry.UserName), false), _asked[^1]));
        Assert.DoesNotContain(grid.FindAll("th .sortable-column-header"), h => h.TextContent.Trim() is "รายละเอียด" or "จังหวัด");
    }
}
