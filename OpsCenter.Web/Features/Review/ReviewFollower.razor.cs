using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Review;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Web.Features.Review;

/// <summary>
/// Follows a review session's shared stage (what the presenter shows) and, for the visibility items, the wall feed of
/// the session's area, so the panels are the same live panels the wall screens draw.
/// </summary>
public sealed partial class ReviewFollower
{
    private ReviewStage? stage;
    private WallSnapshot? snapshot;
    private WallView? view;
    private bool missing;
    private bool live;
    private IDisposable? feedSubscription;
    private Action<WallSnapshot>? feedSink;

    [Parameter, EditorRequired]
    public int SessionId { get; set; }

    /// <summary>The presenter's preview: no agenda strip.</summary>
    [Parameter]
    public bool Compact { get; set; }

    /// <summary>Shown at the head's far end on a television (its time and connection).</summary>
    [Parameter]
    public RenderFragment? Corner { get; set; }

    [Inject]
    private ReviewLive Live { get; set; } = default!;

    [Inject]
    private WallFeed Feed { get; set; } = default!;

    protected override TimeSpan MinRenderInterval => TimeSpan.FromMilliseconds(100);

    protected override async Task OnInitializedAsync()
    {
        stage = await Live.GetAsync(SessionId);
        missing = stage is null;
        if (stage is not null)
        {
            view = ReviewFiguresQuery.ViewOf(stage.ProvinceCode, stage.AreaCode);
            snapshot = await Feed.GetAsync(view);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || stage is null)
        {
            return;
        }

        Follow<ReviewStage?>(onChange => Live.Watch(SessionId, onChange), StageChanged);
        Follow<WallSnapshot>(sink =>
        {
            feedSink = sink;
            feedSubscription = Feed.Subscribe(view!, sink);
            return new Unsubscriber(this);
        }, fresh => snapshot = fresh.View == view ? fresh : snapshot);

        // A move made between the prerender and the subscription would otherwise be missed until the next one.
        StageChanged(await Live.GetAsync(SessionId) ?? stage);
        live = true;
        StateHasChanged();
    }

    private void StageChanged(ReviewStage? changed)
    {
        stage = changed ?? stage;
        missing = changed is null;
        if (changed is null || feedSink is null)
        {
            return;
        }

        var wanted = ReviewFiguresQuery.ViewOf(changed.ProvinceCode, changed.AreaCode);
        if (wanted != view)
        {
            // The presenter narrowed the area: the panels follow that area's snapshot from now on.
            view = wanted;
            feedSubscription?.Dispose();
            feedSubscription = Feed.Subscribe(wanted, feedSink);
        }
    }

    /// <summary>The current item and the next ones, as many as the agenda strip names (the last ones at the end).</summary>
    private static IEnumerable<ReviewStageItem> Upcoming(ReviewStage stage)
    {
        const int named = 4;
        var start = Math.Max(0, Math.Min(stage.CurrentIndex, stage.Items.Count - named));
        return stage.Items.Skip(start).Take(named);
    }

    private static IReadOnlyList<string> PanelsOf(string kind) => kind switch
    {
        ReviewItemKinds.Kpis => [WallPanels.Kpis],
        ReviewItemKinds.Heatmap => [WallPanels.Heatmap, WallPanels.Counters],
        ReviewItemKinds.Budget => [WallPanels.Budget],
        _ => [],
    };

    private static string ToneOf(string tone) => tone switch
    {
        ReviewTones.Good => "ok",
        ReviewTones.Warn => "warn",
        ReviewTones.Bad => "alarm",
        _ => "neutral",
    };

    private sealed class Unsubscriber(ReviewFollower owner) : IDisposable
    {
        public void Dispose() => owner.feedSubscription?.Dispose();
    }
}
