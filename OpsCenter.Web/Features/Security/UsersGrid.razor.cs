using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Security;

/// <summary>The admin's people list: it asks <see cref="Load"/> for each page, sort and search.</summary>
public partial class UsersGrid
{
    public const int PageSize = 25;

    private MudDataGrid<UserRow>? grid;
    private string? text;

    /// <summary>One page of the province's people matching the search.</summary>
    [Parameter, EditorRequired]
    public Func<UserFilter, PageRequest, CancellationToken, Task<Paged<UserRow>>> Load { get; set; } = default!;

    [Parameter]
    public EventCallback<(UserRow User, string? Role)> OnSetRole { get; set; }

    [Parameter]
    public EventCallback<UserRow> OnToggle { get; set; }

    /// <summary>Reads the page shown again, after a change to one of its people.</summary>
    public Task RefreshAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task SearchAsync() => grid.RestartAsync();

    private async Task<GridData<UserRow>> LoadAsync(GridState<UserRow> state, CancellationToken cancellationToken) =>
        GridPages.DataOf(await Load(new UserFilter(text), GridPages.RequestOf(state), cancellationToken));
}
