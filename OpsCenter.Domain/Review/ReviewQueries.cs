using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Review;

public sealed record ReviewSessionRow(ReviewSession Session, int Items, int Decisions, int OpenActions);

/// <summary>An action with its owner agency and the session that decided it.</summary>
public sealed record ActionRow(ActionItem Action, Agency Owner, int SessionId, string SessionTitle, DateTime SessionHeldAt);

public sealed record DecisionRow(ReviewDecision Decision, IReadOnlyList<ActionRow> Actions);

public sealed record ReviewSessionDetail(ReviewSession Session, IReadOnlyList<ReviewAgendaItem> Agenda, IReadOnlyList<DecisionRow> Decisions, IReadOnlyList<ActionRow> CarriedOver);

public sealed class ReviewQueries(IDbContextFactory<OpsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReviewSessionRow>> ListAsync(Actor actor, CancellationToken ct = default) =>
        Readable(actor) is { } province ? await ListAsync(province, ct) : [];

    public async Task<ReviewSessionDetail?> DetailAsync(Actor actor, int sessionId, CancellationToken ct = default) =>
        Readable(actor) is { } province ? await DetailAsync(province, sessionId, ct) : null;

    /// <summary>
    /// The actions an actor works on: their own agency's for agency people, every agency's for the province's officials,
    /// executives and administrators, and every agency's to read for the national office.
    /// </summary>
    public async Task<IReadOnlyList<ActionRow>> ActionsAsync(Actor actor, bool openOnly, CancellationToken ct = default)
    {
        if (Readable(actor) is not { } province)
        {
            return [];
        }

        var agency = ReviewPolicy.Rules.Admits(ReviewPolicy.ReportProgress, actor) ? ReviewPolicy.ProgressAgencyOf(actor) : null;
        return await ActionsOfAgencyAsync(province, agency, openOnly, ct);
    }

    private static string? Readable(Actor actor) => ReviewPolicy.Rules.Admits(ReviewPolicy.Read, actor) ? actor.ProvinceCode : null;

    internal async Task<IReadOnlyList<ReviewSessionRow>> ListAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ReviewSession>().AsNoTracking().Where(s => s.ProvinceCode == provinceCode)
            .OrderByDescending(s => s.HeldAt)
            .Select(s => new ReviewSessionRow(s,
                db.Set<ReviewAgendaItem>().Count(i => i.ReviewSessionId == s.Id),
                db.Set<ReviewDecision>().Count(d => d.ReviewSessionId == s.Id),
                db.Set<ActionItem>().Count(a => a.ReviewSessionId == s.Id && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress))))
            .ToListAsync(ct);
    }

    internal async Task<ReviewSessionDetail?> DetailAsync(string provinceCode, int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<ReviewSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.ProvinceCode == provinceCode, ct);
        if (session is null)
        {
            return null;
        }

        var agenda = await db.Set<ReviewAgendaItem>().AsNoTracking().Where(i => i.ReviewSessionId == sessionId)
            .OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        var decisions = await db.Set<ReviewDecision>().AsNoTracking().Where(d => d.ReviewSessionId == sessionId).OrderBy(d => d.TakenAt).ToListAsync(ct);
        var actions = await Rows(Actions(db).Where(r => r.Session.Id == sessionId)).ToListAsync(ct);
        var carriedIds = agenda.Where(i => i.Kind == ReviewItemKinds.FollowUpAction && i.SubjectId != null).Select(i => i.SubjectId!.Value).ToList();
        var carried = await Rows(Actions(db).Where(r => carriedIds.Contains(r.Action.Id))).ToListAsync(ct);
        var rows = decisions.ConvertAll(d => new DecisionRow(d, actions.Where(a => a.Action.DecisionId == d.Id).ToList()));

        // Actions recorded without a decision (the first meetings) still belong in the minutes.
        rows.AddRange(actions.Where(a => a.Action.DecisionId is null).Select(a => new DecisionRow(ReviewDecision.Take(sessionId, null, "", ReviewFigures.Empty, a.Action.CreatedAt), [a])));
        return new ReviewSessionDetail(session, agenda, rows, carried.OrderBy(c => c.Action.DueAt).ToList());
    }

    /// <summary>The owner's queue: actions of the agency, open first, then by due date.</summary>
    internal async Task<IReadOnlyList<ActionRow>> ActionsOfAgencyAsync(string provinceCode, int? agencyId, bool openOnly, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Actions(db).Where(r => r.Owner.ProvinceCode == provinceCode && (agencyId == null || r.Owner.Id == agencyId));
        if (openOnly)
        {
            query = query.Where(r => r.Action.Status == ActionItemStatus.Open || r.Action.Status == ActionItemStatus.InProgress);
        }

        var rows = await Rows(query).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Action.IsOpen).ThenBy(r => r.Action.DueAt).ToList();
    }

    public async Task<IReadOnlyList<Agency>> AgenciesAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Agency>().AsNoTracking().Where(a => a.ProvinceCode == provinceCode).OrderBy(a => a.Kind).ThenBy(a => a.NameTh).ToListAsync(ct);
    }

    private static IQueryable<ActionJoin> Actions(OpsDbContext db) =>
        from a in db.Set<ActionItem>().AsNoTracking()
        join g in db.Set<Agency>().AsNoTracking() on a.OwnerAgencyId equals g.Id
        join s in db.Set<ReviewSession>().AsNoTracking() on a.ReviewSessionId equals s.Id
        select new ActionJoin { Action = a, Owner = g, Session = s };

    private static IQueryable<ActionRow> Rows(IQueryable<ActionJoin> query) =>
        query.Select(j => new ActionRow(j.Action, j.Owner, j.Session.Id, j.Session.Title, j.Session.HeldAt));

    /// <summary>The join filtered on before projecting: EF translates filters on member-initialised types, not on records.</summary>
    private sealed class ActionJoin
    {
        public required ActionItem Action { get; init; }

        public required Agency Owner { get; init; }

        public required ReviewSession Session { get; init; }
    }
}
