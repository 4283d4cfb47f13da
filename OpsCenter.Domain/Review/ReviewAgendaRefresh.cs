namespace OpsCenter.Domain.Review;

/// <summary>What a rebuild does to a planned agenda: items to add, retitle and drop.</summary>
public sealed record AgendaRefresh(IReadOnlyList<AgendaDraft> Added, IReadOnlyList<(int ItemId, AgendaDraft Draft)> Updated, IReadOnlyList<int> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// An agenda stays live until its session starts: rebuilt from today's facts, it keeps the secretary's own items and
/// order, adds what has come up since (a new action, an owner now late), retitles what moved (counts) and drops what
/// no longer holds. Items are the same item when their kind and subject match.
/// </summary>
public static class ReviewAgendaRebuild
{
    public static AgendaRefresh Compare(IReadOnlyList<ReviewAgendaItem> current, IReadOnlyList<AgendaDraft> fresh)
    {
        var generated = current.Where(i => i.Kind != ReviewItemKinds.Note).ToList();
        var byKey = generated.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var freshKeys = fresh.Select(Key).ToHashSet();
        var added = fresh.Where(d => !byKey.ContainsKey(Key(d))).ToList();
        var updated = fresh.Where(d => byKey.TryGetValue(Key(d), out var item) && (item.TitleTh != d.TitleTh || item.TitleEn != d.TitleEn))
            .Select(d => (byKey[Key(d)].Id, d)).ToList();
        var removed = generated.Where(i => !freshKeys.Contains(Key(i))).Select(i => i.Id).ToList();
        return new AgendaRefresh(added, updated, removed);
    }

    private static (string, int?) Key(ReviewAgendaItem item) => (item.Kind, item.SubjectId);

    private static (string, int?) Key(AgendaDraft draft) => (draft.Kind, draft.SubjectId);
}
