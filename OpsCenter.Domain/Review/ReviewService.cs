using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Domain.Review;

/// <summary>Every change to a review: sessions and their agenda, the presenter's moves, decisions, actions. One event each.</summary>
public sealed class ReviewService(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, AgendaFactsQuery facts, ReviewFiguresQuery figures, WallScreens screens, TimeProvider time)
{
    /// <summary>No such session, or one of another province, or a command this actor's roles do not allow: told apart from none.</summary>
    private static readonly IReadOnlyList<FieldError> NotYours = [new("session", "ไม่พบการประชุมที่คุณดำเนินการได้", "No session you may do this to")];

    public async Task<(ReviewSession? Session, IReadOnlyList<FieldError> Errors)> CreateAsync(Actor actor, ReviewSessionInput input, CancellationToken ct = default)
    {
        if (!ReviewPolicy.CanManage(actor) || actor.ProvinceCode is not { } provinceCode)
        {
            return (null, NotYours);
        }

        var errors = ReviewRules.Validate(input);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var heldAt = DateTime.SpecifyKind(input.HeldAt, DateTimeKind.Utc);
        var agenda = ReviewAgenda.Build(await facts.ForAsync(provinceCode, 0, heldAt, ct));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = new ReviewSession
        {
            ProvinceCode = provinceCode,
            Title = input.Title.Trim(),
            HeldAt = heldAt,
            ChairName = input.ChairName.Trim(),
            Attendees = input.Attendees?.Trim(),
            Status = ReviewSessionStatus.Planned,
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        db.AddRange(agenda.Select((d, i) => new ReviewAgendaItem
        {
            ReviewSessionId = session.Id, Section = d.Section, Position = i, Kind = d.Kind, TitleTh = d.TitleTh, TitleEn = d.TitleEn, SubjectId = d.SubjectId,
        }));
        Record(db, ReviewEvents.SessionChanged, session);
        await db.SaveAndPublishAsync(bus, ct);
        return (session, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(int sessionId, ReviewSessionInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = ReviewRules.Validate(input);
        if (errors.Count > 0)
        {
            return errors;
        }

        return await ChangeSessionAsync(sessionId, actor, ReviewPolicy.Manage, ReviewEvents.SessionChanged, (_, session) =>
        {
            session.Title = input.Title.Trim();
            session.HeldAt = DateTime.SpecifyKind(input.HeldAt, DateTimeKind.Utc);
            session.ChairName = input.ChairName.Trim();
            session.Attendees = input.Attendees?.Trim();
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Adds a free item (a topic the chair raises) at the end of a section.</summary>
    public Task<IReadOnlyList<FieldError>> AddNoteAsync(int sessionId, ReviewSection section, string title, Actor actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 300)
        {
            return Task.FromResult<IReadOnlyList<FieldError>>([new("title", "กรุณาใส่หัวข้อ (ไม่เกิน 300 ตัวอักษร)", "Give the item a title (at most 300 characters)")]);
        }

        if (!Enum.IsDefined(section))
        {
            return Task.FromResult<IReadOnlyList<FieldError>>([new("section", "ไม่มีหมวดนี้", "No such section")]);
        }

        return ChangeSessionAsync(sessionId, actor, ReviewPolicy.Manage, ReviewEvents.SessionChanged, async (db, _) =>
        {
            var last = await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId).MaxAsync(i => (int?)i.Position, ct) ?? -1;
            db.Add(new ReviewAgendaItem { ReviewSessionId = sessionId, Section = section, Position = last + 1, Kind = ReviewItemKinds.Note, TitleTh = title.Trim(), TitleEn = title.Trim() });
        }, ct);
    }

    public Task<IReadOnlyList<FieldError>> RemoveItemAsync(int sessionId, int itemId, Actor actor, CancellationToken ct = default) =>
        ChangeSessionAsync(sessionId, actor, ReviewPolicy.Manage, ReviewEvents.SessionChanged, async (db, session) =>
        {
            var item = await db.Set<ReviewAgendaItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.ReviewSessionId == sessionId, ct);
            if (item is not null)
            {
                db.Remove(item);
                session.CurrentItemId = session.CurrentItemId == itemId ? null : session.CurrentItemId;
            }
        }, ct);

    /// <summary>Swaps an item with its neighbour in the same section (<paramref name="delta"/> −1 up, +1 down).</summary>
    public Task<IReadOnlyList<FieldError>> MoveItemAsync(int sessionId, int itemId, int delta, Actor actor, CancellationToken ct = default) =>
        ChangeSessionAsync(sessionId, actor, ReviewPolicy.Manage, ReviewEvents.SessionChanged, async (db, _) =>
        {
            var items = await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId).ToListAsync(ct);
            var item = items.FirstOrDefault(i => i.Id == itemId);
            var siblings = items.Where(i => i.Section == item?.Section).OrderBy(i => i.Position).ThenBy(i => i.Id).ToList();
            var index = item is null ? -1 : siblings.IndexOf(item);
            var other = index + Math.Sign(delta);
            if (index >= 0 && other >= 0 && other < siblings.Count)
            {
                (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
                var positions = siblings.Select(s => s.Position).Order().ToList();
                siblings.Select((s, i) => s.Position = positions[i]).ToList();
            }
        }, ct);

    /// <summary>
    /// Rebuilds a planned session's agenda from today's facts, marking what was added or retitled; returns how many
    /// items changed. A session that has started keeps the agenda it started with.
    /// </summary>
    public async Task<(int Changed, IReadOnlyList<FieldError> Errors)> RebuildAgendaAsync(int sessionId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !May(actor, ReviewPolicy.Manage, session))
        {
            return (0, NotYours);
        }

        if (session.Status != ReviewSessionStatus.Planned)
        {
            return (0, [new("session", "การประชุมเริ่มแล้ว วาระไม่เปลี่ยนตามข้อมูลอีก", "The session has started; its agenda no longer follows the data")]);
        }

        var changed = await RebuildAsync(db, session, ct);
        if (changed > 0)
        {
            Record(db, ReviewEvents.SessionChanged, session);
            await db.SaveAndPublishAsync(bus, ct);
        }

        return (changed, []);
    }

    /// <summary>
    /// Rebuilds every planned agenda of every province from today's facts, for what changes with time alone (an owner
    /// who became late overnight); returns how many items changed.
    /// </summary>
    public Task<int> RefreshPlannedAgendasAsync(CancellationToken ct = default) => RebuildPlannedAsync(null, ct);

    /// <summary>Every session not started yet (of one province, or all when null) follows a new or changed action at once.</summary>
    private async Task<int> RebuildPlannedAsync(string? provinceCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var planned = await db.Set<ReviewSession>()
            .Where(s => (provinceCode == null || s.ProvinceCode == provinceCode) && s.Status == ReviewSessionStatus.Planned).ToListAsync(ct);
        var changed = 0;
        foreach (var session in planned)
        {
            var count = await RebuildAsync(db, session, ct);
            if (count > 0)
            {
                Record(db, ReviewEvents.SessionChanged, session);
                changed += count;
            }
        }

        await db.SaveAndPublishAsync(bus, ct);
        return changed;
    }

    private async Task<int> RebuildAsync(OpsDbContext db, ReviewSession session, CancellationToken ct)
    {
        var fresh = ReviewAgenda.Build(await facts.ForAsync(session.ProvinceCode, session.Id, session.HeldAt, ct));
        var items = await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == session.Id).ToListAsync(ct);
        var refresh = ReviewAgendaRebuild.Compare(items, fresh);
        foreach (var (itemId, draft) in refresh.Updated)
        {
            var item = items.First(i => i.Id == itemId);
            item.TitleTh = draft.TitleTh;
            item.TitleEn = draft.TitleEn;
            item.Change ??= AgendaItemChanges.Updated;
        }

        db.RemoveRange(items.Where(i => refresh.Removed.Contains(i.Id)));
        var last = items.Count == 0 ? -1 : items.Max(i => i.Position);
        db.AddRange(refresh.Added.Select((d, i) => new ReviewAgendaItem
        {
            ReviewSessionId = session.Id, Section = d.Section, Position = last + 1 + i, Kind = d.Kind, TitleTh = d.TitleTh, TitleEn = d.TitleEn,
            SubjectId = d.SubjectId, Change = AgendaItemChanges.Added,
        }));
        if (session.CurrentItemId is { } current && refresh.Removed.Contains(current))
        {
            session.CurrentItemId = null;
        }

        return refresh.Added.Count + refresh.Updated.Count + refresh.Removed.Count;
    }

    /// <summary>A presenter's command: it changes the shared state every following screen, on every instance, shows.</summary>
    public Task<IReadOnlyList<FieldError>> PresentAsync(int sessionId, ReviewCommand command, Actor actor, int? targetItemId = null, CancellationToken ct = default) =>
        ChangeSessionAsync(sessionId, actor, ReviewPolicy.Present, ReviewEvents.PresenterMoved, async (db, session) =>
        {
            if (command == ReviewCommand.ToggleSpotlight)
            {
                session.Spotlight = !session.Spotlight;
                return;
            }

            var order = await OrderedItemIdsAsync(db, sessionId, ct);
            session.CurrentItemId = ReviewNavigation.Move(order, session.CurrentItemId, command, targetItemId);
            if (session.Status == ReviewSessionStatus.Planned)
            {
                session.Status = ReviewSessionStatus.Live;
                session.StartedAt = time.GetUtcNow().UtcDateTime;
            }
        }, ct);

    public Task<IReadOnlyList<FieldError>> SetAreaAsync(int sessionId, string? areaCode, Actor actor, CancellationToken ct = default)
    {
        var area = string.IsNullOrWhiteSpace(areaCode) ? null : areaCode.Trim();
        if (area is not null && (area.Length is not (4 or 6) || !area.All(char.IsAsciiDigit)))
        {
            return Task.FromResult<IReadOnlyList<FieldError>>([new("areaCode", "รหัสพื้นที่ต้องเป็นรหัสอำเภอ 4 หลักหรือตำบล 6 หลัก", "The area must be a 4-digit district or 6-digit subdistrict code")]);
        }

        return ChangeSessionAsync(sessionId, actor, ReviewPolicy.Present, ReviewEvents.PresenterMoved, (_, session) =>
        {
            session.AreaCode = area;
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Closes the session and hands every screen that followed it back to its own rotation.</summary>
    public async Task<IReadOnlyList<FieldError>> EndAsync(int sessionId, Actor actor, CancellationToken ct = default)
    {
        var errors = await ChangeSessionAsync(sessionId, actor, ReviewPolicy.Present, ReviewEvents.PresenterMoved, (_, session) =>
        {
            session.Status = ReviewSessionStatus.Closed;
            session.EndedAt = time.GetUtcNow().UtcDateTime;
            return Task.CompletedTask;
        }, ct);
        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var screenId in await FollowingScreensAsync(sessionId, ct))
        {
            await screens.FollowReviewAsync(screenId, null, ct);
        }

        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> FollowAsync(int sessionId, int screenId, bool follow, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !May(actor, ReviewPolicy.Present, session))
        {
            return NotYours;
        }

        var screen = await screens.FindAsync(screenId, ct);
        if (screen is null || screen.ProvinceCode != session.ProvinceCode)
        {
            return [new("screen", "ไม่พบจอนี้ในจังหวัด", "No such screen in the province")];
        }

        if (follow && session.Status == ReviewSessionStatus.Closed)
        {
            return [new("session", "การประชุมนี้ปิดแล้ว", "This session is closed")];
        }

        await screens.FollowReviewAsync(screenId, follow ? sessionId : null, ct);
        return [];
    }

    public async Task<IReadOnlyList<int>> FollowingScreensAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<WallScreen>().Where(s => s.FollowReviewId == sessionId).Select(s => s.Id).ToListAsync(ct);
    }

    /// <summary>Records a decision with the figures of the item on screen now and, when given, the action that carries it out.</summary>
    public async Task<(ReviewDecision? Decision, IReadOnlyList<FieldError> Errors)> DecideAsync(int sessionId, ReviewDecisionInput input, Actor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = ReviewRules.Validate(input, now).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !May(actor, ReviewPolicy.Present, session))
        {
            return (null, NotYours);
        }

        if (input.OwnerAgencyId is { } owner && !await db.Set<Agency>().AnyAsync(a => a.Id == owner && a.ProvinceCode == session.ProvinceCode, ct))
        {
            errors.Add(new("ownerAgencyId", "ไม่พบหน่วยงานนี้ในจังหวัด", "No such agency in the province"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var item = session.CurrentItemId is { } id ? await db.Set<ReviewAgendaItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
        var onScreen = item is null ? ReviewFigures.Empty with { ComputedAt = now } : await figures.ForAsync(session.ProvinceCode, session.AreaCode, item, ct);
        var decision = ReviewDecision.Take(sessionId, item?.Id, input.Text.Trim(), onScreen, now);
        decision.LinkKind = input.LinkKind;
        decision.LinkRef = input.LinkKind == ReviewLinkKind.None ? null : input.LinkRef?.Trim();
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        if (!string.IsNullOrWhiteSpace(input.ActionText))
        {
            db.Add(new ActionItem
            {
                ReviewSessionId = sessionId,
                DecisionId = decision.Id,
                Text = input.ActionText.Trim(),
                OwnerAgencyId = input.OwnerAgencyId!.Value,
                OwnerPersonName = string.IsNullOrWhiteSpace(input.OwnerPersonName) ? null : input.OwnerPersonName.Trim(),
                DueAt = DateTime.SpecifyKind(input.DueAt!.Value.Date, DateTimeKind.Utc),
                Status = ActionItemStatus.Open,
                CreatedAt = now,
                LinkKind = decision.LinkKind,
                LinkRef = decision.LinkRef,
            });
        }

        Record(db, ReviewEvents.DecisionTaken, session);
        await db.SaveAndPublishAsync(bus, ct);
        if (!string.IsNullOrWhiteSpace(input.ActionText))
        {
            await RebuildPlannedAsync(session.ProvinceCode, ct);
        }

        return (decision, []);
    }

    /// <summary>An owner reports progress on their own agency's action; the province's officials on any of the province's.</summary>
    public async Task<IReadOnlyList<FieldError>> ReportProgressAsync(int actionId, Actor actor, ActionProgressInput input, CancellationToken ct = default)
    {
        var errors = ReviewRules.Validate(input);
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var action = await db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == actionId, ct);
        var province = action is null ? null : await db.Set<ReviewSession>().Where(s => s.Id == action.ReviewSessionId).Select(s => s.ProvinceCode).FirstOrDefaultAsync(ct);
        if (action is null || province is null || province != actor.ProvinceCode || !ReviewPolicy.CanReportProgress(actor, action.OwnerAgencyId))
        {
            return [new("action", "ไม่พบงานนี้ในความรับผิดชอบของคุณ", "No such action among yours")];
        }

        var now = time.GetUtcNow().UtcDateTime;
        action.Status = input.Status;
        action.ProgressPercent = input.Status == ActionItemStatus.Done ? 100 : input.ProgressPercent;
        action.ProgressNote = string.IsNullOrWhiteSpace(input.Note) ? action.ProgressNote : input.Note.Trim();
        action.ClosedAt = action.IsOpen ? null : action.ClosedAt ?? now;
        db.Record(new OpsEvent(ReviewEvents.ActionChanged, province, actionId.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(bus, ct);
        await RebuildPlannedAsync(province, ct);
        return [];
    }

    public static async Task<List<int>> OrderedItemIdsAsync(OpsDbContext db, int sessionId, CancellationToken ct) =>
        await db.Set<ReviewAgendaItem>().Where(i => i.ReviewSessionId == sessionId)
            .OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);

    private static bool May(Actor actor, string rule, ReviewSession session) =>
        ReviewPolicy.Rules.Admits(rule, actor) && actor.ProvinceCode == session.ProvinceCode;

    private async Task<IReadOnlyList<FieldError>> ChangeSessionAsync(int sessionId, Actor actor, string rule, string kind, Func<OpsDbContext, ReviewSession, Task> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !May(actor, rule, session))
        {
            return NotYours;
        }

        await change(db, session);
        Record(db, kind, session);
        await db.SaveAndPublishAsync(bus, ct);
        return [];
    }

    private void Record(OpsDbContext db, string kind, ReviewSession session) =>
        db.Record(session, s => new OpsEvent(kind, s.ProvinceCode, s.Id.ToString(CultureInfo.InvariantCulture), time.GetUtcNow().UtcDateTime));
}
