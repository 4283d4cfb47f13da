using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Audit;

/// <summary>The audit log's grid: it asks <see cref="Load"/> for each page the user turns to or sorts.</summary>
public partial class AuditLogGrid
{
    public const int PageSize = 50;

    private MudDataGrid<AuditEntry>? grid;

    /// <summary>One page of the log under the page's filters.</summary>
    [Parameter, EditorRequired]
    public Func<PageRequest, CancellationToken, Task<Paged<AuditEntry>>> Load { get; set; } = default!;

    /// <summary>How many entries the filters match, after each load.</summary>
    [Parameter]
    public EventCallback<int> OnTotal { get; set; }

    /// <summary>Back to the first page under new filters.</summary>
    public Task ReloadAsync() => grid.RestartAsync();

    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken cancellationToken)
    {
        var page = await Load(GridPages.RequestOf(state), cancellationToken);
        await OnTotal.InvokeAsync(page.Total);
        return GridPages.DataOf(page);
    }
}
