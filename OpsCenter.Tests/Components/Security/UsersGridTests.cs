using Bunit;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Tests.Components.Security;

/// <summary>The people grid searches and sorts through its query, and hands role and enable/disable choices back to the page.</summary>
public sealed class UsersGridTests : ComponentTest
{
    private readonly List<(UserFilter Filter, PageRequest Page)> _asked = [];
    private readonly List<string> _changes = [];

    private static readonly UserRow[] People =
    [
        new("u-1", "official", "เจ้าหน้าที่จังหวัด", "19", false, [OpsRoles.Official]),
        new("u-2", "steward", "ผู้ดูแลข้อมูล", "19", true, [OpsRoles.DataSteward]),
    ];

    private IRenderedComponent<UsersGrid> RenderGrid()
    {
        Render<MudPopoverProvider>();
        return Render<UsersGrid>(p => p
            .Add(c => c.Load, (filter, page, _) =>
            {
                _asked.Add((filter, page));
                return Task.FromResult(new Paged<UserRow>(People.Where(u => filter.Text is null || u.UserName.Contains(filter.Text, StringComparison.Ordinal)).ToList(), 2));
            })
            .Add(c => c.OnSetRole, ((UserRow User, string? Role) change) => _changes.Add($"{change.User.UserName}:{change.Role}"))
            .Add(c => c.OnToggle, (UserRow user) => _changes.Add($"{user.UserName}:toggle")));
    }

    [Fact]
    public void FirstPage_IsByUserName_AndShowsRolesAndStatus()
    {
        var grid = RenderGrid();

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=user-row]").Count));
        Assert.Equal(new PageRequest(0, UsersGrid.PageSize, nameof(UserRow.UserName), false), _asked[0].Page);
        Assert.Equal(OpsRoles.DataSteward, grid.FindAll("[data-testid=user-role]")[1].GetAttribute("value"));
        Assert.Equal(["เปิดใช้", "ระงับ"], grid.FindAll("[data-testid=user-toggle]").Select(b => b.TextContent.Trim()).Reverse());
    }

    [Fact]
    public void Searching_AsksTheQueryWithTheText_FromTheFirstPage()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Single(_asked));

        grid.Find("[data-testid=users-search]").Input("stew");

        grid.WaitForAssertion(() => Assert.Equal("stew", _asked[^1].Filter.Text));
        Assert.Equal(0, _asked[^1].Page.Offset);
        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("[data-testid=user-row]")));
    }

    [Fact]
    public void ChangingARoleOrDisabling_IsHandedToThePage()
    {
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=user-row]").Count));

        grid.FindAll("[data-testid=user-role]")[0].Change(OpsRoles.Presenter);
        grid.FindAll("[data-testid=user-toggle]")[1].Click();

        Assert.Equal(["official:" + OpsRoles.Presenter, "steward:toggle"], _changes);
    }
}
