using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Budget;

namespace OpsCenter.Web.Features.Budget;

public partial class ProjectPage
{
    private ProjectDetail? detail;
    private bool loaded;
    private bool canEdit;
    private ClaimsPrincipal user = new();

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
        user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        detail = await Queries.DetailAsync(Id);
        // A project of another province is as good as missing.
        if (detail is not null && detail.Project.ProvinceCode != Domain.Identity.OpsClaims.ProvinceOf(user))
        {
            detail = null;
        }

        canEdit = detail is not null && BudgetPermissions.CanEdit(user, detail.Project.ProvinceCode, detail.Project.OwnerAgencyId);
        loaded = true;
    }

    private async Task StatusChanged(ChangeEventArgs e)
    {
        if (canEdit && Enum.TryParse<ProjectStatus>(e.Value?.ToString(), out var status))
        {
            await Service.SetStatusAsync(Id, status);
            await ReloadAsync();
        }
    }
}
