namespace OpsCenter.Domain.Review;

public enum ReviewCommand
{
    Next = 1,
    Previous = 2,
    GoTo = 3,
    ToggleSpotlight = 4,
    First = 5,
    Last = 6,
}

/// <summary>Where the presenter's commands lead within the agenda (ordered by section, then position).</summary>
public static class ReviewNavigation
{
    /// <summary>The item to show after <paramref name="command"/>; stays put at either end; null only for an empty agenda.</summary>
    public static int? Move(IReadOnlyList<int> orderedItemIds, int? currentItemId, ReviewCommand command, int? targetItemId = null)
    {
        if (orderedItemIds.Count == 0)
        {
            return null;
        }

        var index = currentItemId is { } id ? IndexOf(orderedItemIds, id) : -1;
        return command switch
        {
            ReviewCommand.Next => orderedItemIds[Math.Min(index + 1, orderedItemIds.Count - 1)],
            ReviewCommand.Previous => orderedItemIds[Math.Max(index - 1, 0)],
            ReviewCommand.First => orderedItemIds[0],
            ReviewCommand.Last => orderedItemIds[^1],
            ReviewCommand.GoTo when targetItemId is { } target && orderedItemIds.Contains(target) => target,
            _ => index < 0 ? orderedItemIds[0] : orderedItemIds[index],
        };
    }

    public static bool TryParse(string? text, out ReviewCommand command)
    {
        command = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "next" => ReviewCommand.Next,
            "previous" or "prev" => ReviewCommand.Previous,
            "goto" => ReviewCommand.GoTo,
            "spotlight" or "toggle-spotlight" => ReviewCommand.ToggleSpotlight,
            "first" => ReviewCommand.First,
            "last" => ReviewCommand.Last,
            _ => 0,
        };
        return command != 0;
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
