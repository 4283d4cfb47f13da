using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using OpsCenter.Domain.Wall;
using OpsCenter.Web.Shared;

namespace OpsCenter.Web.Features.Wall;

/// <summary>
/// One wall screen on one television. It follows three live sources: the shared wall feed (data), the screen's
/// configuration and control state (playlist, remote commands), and, for a screen token, its revocation.
/// </summary>
public sealed partial class WallScreenPage : IAsyncDisposable
{
    /// <summary>The cascading value naming the screen's type size in pixels: the wall's rem, which follows the screen's width.</summary>
    public const string TypeSize = "WallTypeSize";

    private WallScreenInfo? screen;
    private WallSnapshot? snapshot;
    private WallDisplay? display;
    private ClaimsPrincipal? user;
    private bool notFound;
    private DateTime now;
    private ElementReference root;
    private JsModule? module;
    private DotNetObjectReference<WallScreenPage>? self;
    private ITimer? slideTimer;
    private decimal? typeSize;

    [Parameter]
    public string Slug { get; set; } = "";

    /// <summary>
    /// What this television's keys chose (null: the shared playlist). Kept by .NET 10's circuit state persistence, so a
    /// circuit paused or evicted during a long outage resumes on the slide the room was looking at.
    /// </summary>
    [PersistentState]
    public WallControl? LocalControl { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private WallFeed Feed { get; set; } = default!;

    [Inject]
    private ScreenTokens Tokens { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IOptions<WallOptions> Options { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        user = AuthenticationState is null ? null : (await AuthenticationState).User;
        screen = await Screens.FindAsync(await CurrentProvince.CodeForAsync(user), Slug);
        if (screen is null)
        {
            notFound = true;
            return;
        }

        snapshot = await Feed.GetAsync(screen.View);
        Compose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || screen is null)
        {
            return;
        }

        var view = screen.View;
        Follow<WallSnapshot>(onSnapshot => Feed.Subscribe(view, onSnapshot), fresh =>
        {
            snapshot = fresh;
            Compose();
        });
        Follow<WallScreenInfo?>(onChange => Screens.Watch(screen.Id, onChange), ScreenChanged);
        if (user is not null && ScreenTokenAuthentication.TokenIdOf(user) is { } tokenId)
        {
            Track(Tokens.WatchRevocation(tokenId, () => _ = InvokeAsync(() => Navigation.NavigateTo("/wall/token?error=revoked", forceLoad: true))));
        }

        slideTimer = Time.CreateTimer(_ => _ = InvokeAsync(SlideChanged), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ScheduleSlideChange();
        module = new JsModule(JS, "./assets/wall/ops-wall.js");
        self = DotNetObjectReference.Create(this);
        var nowUtc = Time.GetUtcNow();
        var refreshAt = WallFreshness.NextQuietRefresh(nowUtc.UtcDateTime, Options.Value.QuietRefreshAt);
        typeSize = (decimal)await module.InvokeAsync<double>("init", root, self, new
        {
            serverNowMs = nowUtc.ToUnixTimeMilliseconds(),
            staleAfterMs = WallFreshness.StaleAfter(Options.Value.RefreshInterval).TotalMilliseconds,
            refreshAtMs = refreshAt is { } at ? new DateTimeOffset(at).ToUnixTimeMilliseconds() : (long?)null,
        });
        StateHasChanged();
    }

    /// <summary>A key pressed at this television steers this television only; Home gives it back to the shared playlist.</summary>
    [JSInvokable]
    public Task OnKey(string command)
    {
        if (screen is null)
        {
            return Task.CompletedTask;
        }

        if (command == "shared")
        {
            LocalControl = null;
        }
        else if (WallRotation.TryParse(command, out var parsed))
        {
            LocalControl = WallRotation.Apply(LocalControl ?? screen.Control, parsed, screen.Slides.Count, screen.RotationInterval, Time.GetUtcNow().UtcDateTime);
        }

        Compose();
        ScheduleSlideChange();
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <summary>The screen's type size changed (a window gone full screen): charts redraw their text in the new size.</summary>
    [JSInvokable]
    public void OnTypeSize(double size)
    {
        typeSize = (decimal)size;
        StateHasChanged();
    }

    private void ScreenChanged(WallScreenInfo? changed)
    {
        if (changed is null || changed.View != screen?.View || changed.Slug != screen.Slug)
        {
            // Deleted, renamed or looking at other data: a fresh page is simpler and safer than re-plumbing.
            Navigation.NavigateTo(changed is null ? "/wall" : $"/wall/{changed.Slug}", forceLoad: true);
            return;
        }

        screen = changed;
        LocalControl = null;
        Compose();
        ScheduleSlideChange();
    }

    private void SlideChanged()
    {
        Compose();
        ScheduleSlideChange();
        StateHasChanged();
    }

    private void Compose()
    {
        if (screen is null || snapshot is null)
        {
            return;
        }

        now = Time.GetUtcNow().UtcDateTime;
        display = WallDisplay.Compose(screen, LocalControl, snapshot, now);
    }

    private void ScheduleSlideChange()
    {
        if (screen is null || slideTimer is null)
        {
            return;
        }

        var next = WallRotation.NextChangeAt(LocalControl ?? screen.Control, screen.Slides.Count, screen.RotationInterval, Time.GetUtcNow().UtcDateTime);
        var due = next is null ? Timeout.InfiniteTimeSpan : next.Value - Time.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(20);
        slideTimer.Change(due == Timeout.InfiniteTimeSpan || due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        slideTimer?.Dispose();
        if (module is not null)
        {
            await module.InvokeSafelyAsync("dispose", root);
            await module.DisposeAsync();
        }

        self?.Dispose();
    }
}
