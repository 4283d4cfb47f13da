using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Wall;

/// <summary>
/// Screen configurations and their shared control state. Displays watch a screen; any change (an admin's edit, a remote
/// or presenter command, on any instance) is an event after which each instance reloads the screen once and hands the
/// new <see cref="WallScreenInfo"/> to its displays.
/// </summary>
public sealed class WallScreens : IDisposable
{
    private readonly IDbContextFactory<OpsDbContext> _dbFactory;
    private readonly IOpsEventBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger<WallScreens> _logger;
    private readonly ConcurrentDictionary<int, WallScreenInfo> _cache = new();
    private readonly KeyedWatchers<int, WallScreenInfo?> _watchers = new();
    private readonly IDisposable _subscription;

    public WallScreens(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time, ILogger<WallScreens> logger)
    {
        _dbFactory = dbFactory;
        _bus = bus;
        _time = time;
        _logger = logger;
        _subscription = bus.Subscribe(OnEventAsync, nameof(WallScreens));
    }

    public async Task<IReadOnlyList<WallScreenInfo>> ListAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var screens = await db.Set<WallScreen>().AsNoTracking()
            .Where(s => s.ProvinceCode == provinceCode)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .ToListAsync(ct);
        return screens.ConvertAll(WallScreenInfo.From);
    }

    public async Task<WallScreenInfo?> FindAsync(string provinceCode, string slug, CancellationToken ct = default)
    {
        var cached = _cache.Values.FirstOrDefault(s => s.ProvinceCode == provinceCode && s.Slug == slug);
        if (cached is not null)
        {
            return cached;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var screen = await db.Set<WallScreen>().AsNoTracking().FirstOrDefaultAsync(s => s.ProvinceCode == provinceCode && s.Slug == slug, ct);
        return screen is null ? null : _cache[screen.Id] = WallScreenInfo.From(screen);
    }

    public async Task<WallScreenInfo?> FindAsync(int id, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var screen = await db.Set<WallScreen>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return screen is null ? null : _cache[id] = WallScreenInfo.From(screen);
    }

    /// <summary>Calls <paramref name="onChange"/> with the screen after every change (null once deleted) until the result is disposed.</summary>
    public IDisposable Watch(int screenId, Action<WallScreenInfo?> onChange)
    {
        return _watchers.Watch(screenId, onChange);
    }

    /// <summary>Creates (id null) or updates a screen of the province; returns the errors instead when the input is invalid.</summary>
    public async Task<(WallScreenInfo? Screen, IReadOnlyList<FieldError> Errors)> SaveAsync(int? id, WallScreenInput input, Actor admin, CancellationToken ct = default)
    {
        if (!WallPolicy.CanAdminister(admin) || admin.ProvinceCode is not { } provinceCode)
        {
            return (null, [new("screen", "เฉพาะผู้ดูแลระบบของจังหวัด", "Only the province's administrators set up screens")]);
        }

        var errors = WallScreenRules.Validate(input).ToList();
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var area = string.IsNullOrWhiteSpace(input.AreaCode) ? null : input.AreaCode.Trim();
        if (area is not null && errors.All(e => e.Field != "areaCode")
            && !await db.Set<Area>().AnyAsync(a => a.Code == area && a.ProvinceCode == provinceCode, ct))
        {
            errors.Add(new("areaCode", "ไม่พบพื้นที่รหัสนี้ในจังหวัด", "No area of the province has this code"));
        }

        if (errors.Count == 0 && await db.Set<WallScreen>().AnyAsync(s => s.ProvinceCode == provinceCode && s.Slug == input.Slug && s.Id != id, ct))
        {
            errors.Add(new("slug", "มีจอที่ใช้ชื่อในลิงก์นี้แล้ว", "Another screen already uses this URL name"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = _time.GetUtcNow().UtcDateTime;
        var screen = id is null ? null : await db.Set<WallScreen>().FirstOrDefaultAsync(s => s.Id == id && s.ProvinceCode == provinceCode, ct);
        if (id is not null && screen is null)
        {
            return (null, [new("id", "ไม่พบจอนี้", "No such screen")]);
        }

        if (screen is null)
        {
            screen = new WallScreen { ProvinceCode = provinceCode, Slug = input.Slug, NameTh = "", NameEn = "", ControlAnchorAt = now };
            db.Add(screen);
        }

        screen.Slug = input.Slug;
        screen.NameTh = input.NameTh.Trim();
        screen.NameEn = input.NameEn.Trim();
        screen.AreaCode = area;
        screen.PeriodDays = input.PeriodDays;
        screen.RotationSeconds = input.RotationSeconds;
        screen.SortOrder = input.SortOrder;
        screen.Slides = input.Slides.Select(s => s with { TitleTh = s.TitleTh.Trim(), TitleEn = string.IsNullOrWhiteSpace(s.TitleEn) ? s.TitleTh.Trim() : s.TitleEn.Trim() }).ToList();
        screen.ControlSlide = Math.Min(screen.ControlSlide, input.Slides.Count - 1);
        screen.UpdatedAt = now;
        db.Record(screen, s => new OpsEvent(WallEvents.ScreenChanged, provinceCode, s.Id.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(_bus, ct);
        return (_cache[screen.Id] = WallScreenInfo.From(screen), []);
    }

    public async Task<bool> DeleteAsync(int id, Actor admin, CancellationToken ct = default)
    {
        if (!WallPolicy.CanAdminister(admin))
        {
            return false;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var screen = await db.Set<WallScreen>().FirstOrDefaultAsync(s => s.Id == id && s.ProvinceCode == admin.ProvinceCode, ct);
        if (screen is null)
        {
            return false;
        }

        db.Remove(screen);
        db.Record(new OpsEvent(WallEvents.ScreenChanged, screen.ProvinceCode, id.ToString(CultureInfo.InvariantCulture), _time.GetUtcNow().UtcDateTime));
        await db.SaveAndPublishAsync(_bus, ct);
        return true;
    }

    /// <summary>
    /// Applies a remote command to the screen's shared state; every display of it, on every instance, follows. Null when
    /// there is no such screen the actor may steer.
    /// </summary>
    public Task<WallScreenInfo?> CommandAsync(int screenId, WallCommand command, Actor actor, CancellationToken ct = default) =>
        ChangeControlAsync(screenId, actor, (screen, now) => WallRotation.Apply(screen.Control, command, SlideCount(screen), screen.RotationInterval, now), ct);

    public Task<WallScreenInfo?> GoToAsync(int screenId, int slide, Actor actor, CancellationToken ct = default) =>
        ChangeControlAsync(screenId, actor, (screen, now) => WallRotation.GoTo(screen.Control, slide, SlideCount(screen), now), ct);

    /// <summary>Holds the screen on one slide for an external controller (a presenter); <see cref="WallCommand.Resume"/> hands it back to rotation.</summary>
    public Task<WallScreenInfo?> FollowAsync(int screenId, int slide, CancellationToken ct = default) =>
        ChangeControlAsync(screenId, null, (screen, now) => WallRotation.Follow(screen.Control, slide, SlideCount(screen), now), ct);

    /// <summary>
    /// Hands the screen to a review (it shows the presenter's current item) or, with null, back to its own rotation,
    /// through the same shared control state every display of the screen follows.
    /// </summary>
    public Task<WallScreenInfo?> FollowReviewAsync(int screenId, int? reviewId, CancellationToken ct = default) =>
        ChangeControlAsync(screenId, null, (screen, now) =>
        {
            screen.FollowReviewId = reviewId;
            return reviewId is null
                ? WallRotation.Apply(screen.Control, WallCommand.Resume, SlideCount(screen), screen.RotationInterval, now)
                : WallRotation.Follow(screen.Control, WallRotation.CurrentSlide(screen.Control, SlideCount(screen), screen.RotationInterval, now), SlideCount(screen), now);
        }, ct);

    private static int SlideCount(WallScreen screen) => Math.Max(1, screen.Slides.Count);

    /// <param name="actor">Who steers the screen; null for the review that a presenter already drives.</param>
    private async Task<WallScreenInfo?> ChangeControlAsync(int screenId, Actor? actor, Func<WallScreen, DateTime, WallControl> change, CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var screen = await db.Set<WallScreen>().FirstOrDefaultAsync(s => s.Id == screenId, ct);
        if (screen is null || (actor is not null && !WallPolicy.CanControl(actor, screen.ProvinceCode)))
        {
            return null;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        screen.Control = change(screen, now);
        db.Record(new OpsEvent(WallEvents.ControlChanged, screen.ProvinceCode, screenId.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(_bus, ct);
        return _cache[screenId] = WallScreenInfo.From(screen);
    }

    private async Task OnEventAsync(OpsEvent opsEvent, CancellationToken ct)
    {
        if (opsEvent.Kind is not (WallEvents.ScreenChanged or WallEvents.ControlChanged)
            || !int.TryParse(opsEvent.SubjectId, CultureInfo.InvariantCulture, out var screenId))
        {
            return;
        }

        _cache.TryRemove(screenId, out _);
        if (!_watchers.IsWatched(screenId))
        {
            return;
        }

        WallScreenInfo? screen;
        try
        {
            screen = await FindAsync(screenId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not reload wall screen {ScreenId}", screenId);
            return;
        }

        _watchers.Notify(screenId, screen);
    }

    public void Dispose() => _subscription.Dispose();
}
