using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// A window of instants [From, Until) cut into the whole Bangkok days the tallies answer and the partial days at its
/// edges, which are read from the raw rows (a day of one province: a few hundred rows on an index), so a figure over
/// any window equals the raw count exactly.
/// </summary>
public sealed record TallyWindow(DateOnly FirstDay, DateOnly? LastDay, IReadOnlyList<(DateTime From, DateTime Until)> Edges)
{
    /// <summary>Whether the window has any whole day at all.</summary>
    public bool HasDays => LastDay is not { } last || last >= FirstDay;

    /// <summary>The window from an instant with no end (every report received since).</summary>
    public static TallyWindow Since(DateTime from) => Of(from, null);

    public static TallyWindow Of(DateTime from, DateTime? until)
    {
        var fromDay = BangkokDay(from);
        var edges = new List<(DateTime, DateTime)>();
        var firstDay = fromDay;
        if (StartOf(fromDay) < from)
        {
            firstDay = fromDay.AddDays(1);
            var leadingEnd = StartOf(firstDay);
            edges.Add((from, until is { } u && u < leadingEnd ? u : leadingEnd));
        }

        if (until is not { } end)
        {
            return new TallyWindow(firstDay, null, edges);
        }

        var endDay = BangkokDay(end);
        var lastDay = endDay.AddDays(-1);
        var trailingStart = StartOf(endDay);
        if (trailingStart < end && endDay >= firstDay)
        {
            edges.Add((trailingStart > from ? trailingStart : from, end));
        }

        return new TallyWindow(firstDay, lastDay, edges);
    }

    public static DateOnly BangkokDay(DateTime utc) => DateOnly.FromDateTime(ThaiCalendar.ToBangkok(utc));

    public static DateTime StartOf(DateOnly day) => ThaiCalendar.FromBangkok(day.ToDateTime(TimeOnly.MinValue));
}
