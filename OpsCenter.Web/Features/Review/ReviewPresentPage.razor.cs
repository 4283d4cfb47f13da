using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Review;

/// <summary>
/// The presenter's console: moves every following screen (next, previous, jump, spotlight, area) by buttons, keys or a
/// clicker, records decisions, and chooses which wall screens follow the review.
/// </summary>
public sealed partial class ReviewPresentPage : IAsyncDisposable
{
    private ReviewStage? stage;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<WallScreenInfo> screens = [];
    private IReadOnlyList<Agency> agencies = [];
    private IReadOnlyList<AreaName> districts = [];
    private string? area;
    private string? message;
    private bool loaded;
    private ElementReference root;
    private JsModule? module;
    private DotNetObjectReference<ReviewPresentPage>? self;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ReviewLive Live { get; set; } = default!;

    [Inject]
    private ReviewService Reviews { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ReviewQueries Queries { get; set; } = default!;

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> AuthenticationState { get; set; } = default!;

    private bool Closed => stage?.Status == ReviewSessionStatus.Closed;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        actor = user.ToActor();
        var province = await CurrentProvince.CodeForAsync(user);
        stage = await Live.GetAsync(Id);
        stage = stage?.ProvinceCode == province ? stage : null;
        loaded = true;
        if (stage is null)
        {
            return;
        }

        area = stage.AreaCode;
        screens = await Screens.ListAsync(province);
        agencies = await Queries.AgenciesAsync(province);
        districts = await Reference.DistrictsAsync(province);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || stage is null)
        {
            return;
        }

        Follow<ReviewStage?>(onChange => Live.Watch(Id, onChange), changed => stage = changed ?? stage);
        module = new JsModule(JS, "./assets/review/ops-review.js");
        self = DotNetObjectReference.Create(this);
        await module.InvokeVoidAsync("init", root, self);
    }

    /// <summary>A key or a clicker's button, from the browser.</summary>
    [JSInvokable]
    public Task OnKey(string command) =>
        ReviewNavigation.TryParse(command, out var parsed) && parsed != ReviewCommand.GoTo ? CommandAsync(parsed) : Task.CompletedTask;

    private async Task CommandAsync(ReviewCommand command)
    {
        if (Closed)
        {
            return;
        }

        await Reviews.PresentAsync(Id, command, actor);
        stage = await Live.RefreshAsync(Id) ?? stage;
    }

    private async Task GoToAsync(int itemId)
    {
        await Reviews.PresentAsync(Id, ReviewCommand.GoTo, actor, itemId);
        stage = await Live.RefreshAsync(Id) ?? stage;
    }

    private async Task AreaChangedAsync()
    {
        var errors = await Reviews.SetAreaAsync(Id, area, actor);
        message = errors.Count > 0 ? Bilingual.T(errors[0].Thai, errors[0].English) : null;
    }

    private async Task FollowAsync(int screenId, bool follow)
    {
        var errors = await Reviews.FollowAsync(Id, screenId, follow, actor);
        message = errors.Count > 0 ? Bilingual.T(errors[0].Thai, errors[0].English) : null;
        screens = await Screens.ListAsync(stage!.ProvinceCode);
    }

    private async Task EndAsync()
    {
        var sure = await Dialogs.ShowMessageBoxAsync(T("จบการประชุม?", "End the review?"),
            T("จอที่ติดตามการประชุมจะกลับไปหมุนเวียนตามปกติ และบันทึกการประชุมจะปิด", "The following screens go back to their rotation and the minutes close."),
            yesText: T("จบการประชุม", "End the review"), cancelText: T("ยกเลิก", "Cancel"));
        if (sure != true)
        {
            return;
        }

        await Reviews.EndAsync(Id, actor);
        stage = await Live.RefreshAsync(Id) ?? stage;
        screens = await Screens.ListAsync(stage!.ProvinceCode);
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        if (module is not null)
        {
            await module.InvokeSafelyAsync("dispose", root);
            await module.DisposeAsync();
        }

        self?.Dispose();
    }
}
