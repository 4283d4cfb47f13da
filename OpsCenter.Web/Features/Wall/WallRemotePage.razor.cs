using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Wall;

/// <summary>The phone remote: commands change the screen's shared state, which every television of it follows.</summary>
public sealed partial class WallRemotePage : IAsyncDisposable
{
    private Actor actor = Actor.Anonymous;
    private WallScreenInfo? screen;
    private int current;
    private bool notFound;
    private ITimer? slideTimer;

    [Parameter]
    public string Slug { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        actor = user.ToActor();
        screen = await Screens.FindAsync(await CurrentProvince.CodeForAsync(user), Slug);
        notFound = screen is null;
        Update(screen);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && screen is not null)
        {
            slideTimer = Time.CreateTimer(_ => _ = InvokeAsync(() => { Update(screen); StateHasChanged(); }), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Follow<WallScreenInfo?>(onChange => Screens.Watch(screen.Id, onChange), Update);
            Update(screen);
        }
    }

    private async Task SendAsync(WallCommand command)
    {
        if (screen is not null)
        {
            Update(await Screens.CommandAsync(screen.Id, command, actor));
        }
    }

    private async Task GoToAsync(int slide)
    {
        if (screen is not null)
        {
            Update(await Screens.GoToAsync(screen.Id, slide, actor));
        }
    }

    private void Update(WallScreenInfo? changed)
    {
        screen = changed;
        if (screen is null)
        {
            return;
        }

        var now = Time.GetUtcNow().UtcDateTime;
        current = WallRotation.CurrentSlide(screen.Control, screen.Slides.Count, screen.RotationInterval, now);
        var next = WallRotation.NextChangeAt(screen.Control, screen.Slides.Count, screen.RotationInterval, now);
        slideTimer?.Change(next is null ? Timeout.InfiniteTimeSpan : next.Value - now + TimeSpan.FromMilliseconds(20), Timeout.InfiniteTimeSpan);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        slideTimer?.Dispose();
        return ValueTask.CompletedTask;
    }
}
