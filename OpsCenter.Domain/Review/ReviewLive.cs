using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Review;

/// <summary>One agenda item as the screens list it.</summary>
public sealed record ReviewStageItem(int Id, ReviewSection Section, string Kind, string TitleTh, string TitleEn, int? SubjectId);

/// <summary>
/// What every screen following a session shows now: the presenter's current item with its figures, the agenda, the
/// spotlight and area. Immutable and computed once per change for all of them.
/// </summary>
public sealed record ReviewStage(
    int SessionId,
    string ProvinceCode,
    string Title,
    ReviewSessionStatus Status,
    bool Spotlight,
    string? AreaCode,
    IReadOnlyList<ReviewStageItem> Items,
    int? CurrentItemId,
    ReviewFigures? Figures,
    DateTime ChangedAt)
{
    public ReviewStageItem? Current => Items.FirstOrDefault(i => i.Id == CurrentItemId);

    public int CurrentIndex => Items.ToList().FindIndex(i => i.Id == CurrentItemId);
}

/// <summary>
/// The live state of review sessions. A presenter's command on any instance is an event (through the outbox relay
/// across instances); each instance then reloads the session once and hands the new <see cref="ReviewStage"/> to every
/// screen watching it. Data changes (reports, KPIs, datasets, actions) refresh the figures at most every two seconds.
/// </summary>
public sealed class ReviewLive : IDisposable
{
    private static readonly TimeSpan DataRefreshInterval = TimeSpan.FromSeconds(2);

    private readonly IDbContextFactory<OpsDbContext> _dbFactory;
    private readonly ReviewFiguresQuery _figures;
    private readonly TimeProvider _time;
    private readonly ILogger<ReviewLive> _logger;
    private readonly ConcurrentDictionary<int, ReviewStage> _stages = new();

    // Figures depend on the data, not on where the presenter is: moving back and forth re-reads only the session row.
    private readonly ConcurrentDictionary<(int ItemId, string? Area), ReviewFigures> _figureCache = new();
    private readonly KeyedWatchers<int, ReviewStage?> _watchers = new();
    private readonly IDisposable _moves;
    private readonly IDisposable _data;

    public ReviewLive(IDbContextFactory<OpsDbContext> dbFactory, ReviewFiguresQuery figures, IOpsEventBus bus, TimeProvider time, ILogger<ReviewLive> logger)
    {
        _dbFactory = dbFactory;
        _figures = figures;
        _time = time;
        _logger = logger;
        _moves = bus.Subscribe(OnReviewEventAsync, nameof(ReviewLive));
        _data = bus.SubscribeCoalesced(e => !e.Kind.StartsWith("review.", StringComparison.Ordinal) && !e.Kind.StartsWith("wall.", StringComparison.Ordinal),
            DataRefreshInterval, OnDataAsync, logger, nameof(ReviewLive) + ".data");
    }

    public async Task<ReviewStage?> GetAsync(int sessionId, CancellationToken ct = default) =>
        _stages.TryGetValue(sessionId, out var stage) ? stage : await ReloadAsync(sessionId, ct);

    /// <summary>Reads the session afresh, for the writer that just changed it and must not see the stage from before.</summary>
    public Task<ReviewStage?> RefreshAsync(int sessionId, CancellationToken ct = default) => ReloadAsync(sessionId, ct);

    /// <summary>Calls <paramref name="onChange"/> with every new stage of the session (null once deleted) until disposed.</summary>
    public IDisposable Watch(int sessionId, Action<ReviewStage?> onChange)
    {
        return _watchers.Watch(sessionId, onChange);
    }

    private async Task<ReviewStage?> ReloadAsync(int sessionId, CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            _stages.TryRemove(sessionId, out _);
            return null;
        }

        var items = await db.Set<ReviewAgendaItem>().AsNoTracking().Where(i => i.ReviewSessionId == sessionId)
            .OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        var current = items.FirstOrDefault(i => i.Id == session.CurrentItemId);
        var figures = current is null ? null : await FiguresAsync(session, current, ct);
        var stage = new ReviewStage(session.Id, session.ProvinceCode, session.Title, session.Status, session.Spotlight, session.AreaCode,
            items.ConvertAll(i => new ReviewStageItem(i.Id, i.Section, i.Kind, i.TitleTh, i.TitleEn, i.SubjectId)),
            current?.Id, figures, _time.GetUtcNow().UtcDateTime);
        return _stages[sessionId] = stage;
    }

    private async Task<ReviewFigures> FiguresAsync(ReviewSession session, ReviewAgendaItem item, CancellationToken ct)
    {
        if (_figureCache.TryGetValue((item.Id, session.AreaCode), out var cached))
        {
            return cached;
        }

        var figures = await _figures.ForAsync(session.ProvinceCode, session.AreaCode, item, ct);
        return _figureCache[(item.Id, session.AreaCode)] = figures;
    }

    private async Task OnReviewEventAsync(OpsEvent opsEvent, CancellationToken ct)
    {
        if (opsEvent.Kind is not ReviewEvents.PresenterMoved)
        {
            _figureCache.Clear();
        }

        if (opsEvent.Kind is ReviewEvents.ActionChanged)
        {
            await RefreshWatchedAsync(s => s.ProvinceCode == opsEvent.ProvinceCode, ct);
            return;
        }

        if (!opsEvent.Kind.StartsWith("review.", StringComparison.Ordinal) || !int.TryParse(opsEvent.SubjectId, CultureInfo.InvariantCulture, out var sessionId))
        {
            return;
        }

        _stages.TryRemove(sessionId, out _);
        if (_watchers.IsWatched(sessionId))
        {
            await NotifyAsync(sessionId, ct);
        }
    }

    private Task OnDataAsync(IReadOnlyList<OpsEvent> burst, CancellationToken ct)
    {
        _figureCache.Clear();
        var provinces = burst.Select(e => e.ProvinceCode).ToHashSet();
        return RefreshWatchedAsync(s => provinces.Contains(s.ProvinceCode), ct);
    }

    private async Task RefreshWatchedAsync(Func<ReviewStage, bool> affected, CancellationToken ct)
    {
        foreach (var sessionId in _watchers.Keys)
        {
            if (_stages.TryGetValue(sessionId, out var stage) && affected(stage) && stage.Status != ReviewSessionStatus.Closed)
            {
                await NotifyAsync(sessionId, ct);
            }
        }
    }

    private async Task NotifyAsync(int sessionId, CancellationToken ct)
    {
        ReviewStage? stage;
        try
        {
            stage = await ReloadAsync(sessionId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not reload review session {SessionId}", sessionId);
            return;
        }

        _watchers.Notify(sessionId, stage);
    }

    public void Dispose()
    {
        _moves.Dispose();
        _data.Dispose();
    }
}
