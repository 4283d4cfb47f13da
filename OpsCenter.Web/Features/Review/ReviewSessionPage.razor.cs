using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Review;

namespace OpsCenter.Web.Features.Review;

/// <summary>A session: its details, its agenda (editable until it is closed), its decisions and the actions it follows up.</summary>
public sealed partial class ReviewSessionPage
{
    private ReviewSessionDetail? detail;
    private IReadOnlyList<FieldError> errors = [];
    private bool loaded;
    private bool mayManage;
    private Actor actor = Actor.Anonymous;
    private bool mayPresent;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ReviewQueries Queries { get; set; } = default!;

    [Inject]
    private ReviewService Reviews { get; set; } = default!;


    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        actor = user.ToActor();
        mayManage = ReviewPolicy.CanManage(actor);
        mayPresent = ReviewPolicy.CanPresent(actor);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        detail = await Queries.DetailAsync(actor, Id);
        loaded = true;
    }

    private async Task SaveAsync(ReviewSessionInput input)
    {
        errors = await Reviews.UpdateAsync(Id, input, actor);
        await ReloadAsync();
    }

    private async Task ChangeAgendaAsync(AgendaChange change)
    {
        _ = change switch
        {
            { Kind: AgendaChangeKind.Up } => await Reviews.MoveItemAsync(Id, change.ItemId, -1, actor),
            { Kind: AgendaChangeKind.Down } => await Reviews.MoveItemAsync(Id, change.ItemId, 1, actor),
            { Kind: AgendaChangeKind.Remove } => await Reviews.RemoveItemAsync(Id, change.ItemId, actor),
            { Kind: AgendaChangeKind.Rebuild } => (await Reviews.RebuildAgendaAsync(Id, actor)).Errors,
            _ => await Reviews.AddNoteAsync(Id, change.Section, change.Title ?? "", actor),
        };
        await ReloadAsync();
    }
}
