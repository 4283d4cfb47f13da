using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Budget;

public partial class ProjectPage
{
    private ProjectDetail? detail;
    private bool loaded;
    private bool canEdit;
    private Actor actor = Actor.Anonymous;

    [Inject]
    private ProjectQueries Queries { get; set; } = default!;

    [Inject]
    private ProjectService Service { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter]
    public int Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        actor = await AuthenticationState.ActorAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        detail = await Queries.DetailAsync(Id, actor);

        canEdit = detail is not null && BudgetPolicy.CanEdit(actor, detail.Project.ProvinceCode, detail.Project.OwnerAgencyId);
        loaded = true;
    }

    private async Task StatusChanged(ChangeEventArgs e)
    {
        if (canEdit && Enum.TryParse<ProjectStatus>(e.Value?.ToString(), out var status))
        {
            await Service.SetStatusAsync(Id, status, actor);
            await ReloadAsync();
        }
    }
}
