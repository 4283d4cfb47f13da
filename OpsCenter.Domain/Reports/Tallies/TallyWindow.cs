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

/// <summary>
/// The whole days of a <see cref="TallyWindow"/> cut once more for the area tallies: the whole calendar months from
/// their month rows, and the days of the partial months at either end from their day rows. Empty ranges run backwards.
/// </summary>
public sealed record TallyGrains(DateOnly FirstMonth, DateOnly LastMonth, DateOnly LeadFrom, DateOnly LeadTo, DateOnly TrailFrom, DateOnly TrailTo)
{
    private static readonly TallyGrains None = new(DateOnly.MaxValue, DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MinValue);

    /// <summary>Every month ever: all time, from the month rows alone.</summary>
    public static readonly TallyGrains Ever = None with { FirstMonth = DateOnly.MinValue, LastMonth = DateOnly.MaxValue };

    public static TallyGrains Of(TallyWindow window)
    {
        if (!window.HasDays)
        {
            return None;
        }

        var first = window.FirstDay;
        var monthsFrom = first.Day == 1 ? first : new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        // The first day after the last whole month; a window with no end takes every month from its first.
        var monthsUntil = window.LastDay is not { } last ? DateOnly.MaxValue
            : last.AddDays(1).Day == 1 ? last.AddDays(1)
            : new DateOnly(last.Year, last.Month, 1);
        if (monthsFrom >= monthsUntil)
        {
            return None with { LeadFrom = first, LeadTo = window.LastDay!.Value };
        }

        return new TallyGrains(monthsFrom, monthsUntil == DateOnly.MaxValue ? DateOnly.MaxValue : monthsUntil.AddMonths(-1),
            first, monthsFrom.AddDays(-1), monthsUntil, window.LastDay ?? DateOnly.MinValue);
    }
}

/// <summary>
/// The whole days of a window read with fewer day rows: whole months from the month rows, plus <see cref="Days"/> from
/// the day rows, less <see cref="Subtracted"/> day rows. A partial month at either end is read as its own days, or as its
/// whole month less the days outside the window, whichever has fewer days to read: a 365-day window ending on the
/// 6th reads 5 days and its first month's 5 days before the window, not 5 + 26.
/// </summary>
public sealed record TallyMonthsAndDays(DateOnly FirstMonth, DateOnly LastMonth, IReadOnlyList<DateOnly> Days, IReadOnlyList<DateOnly> Subtracted)
{
    /// <param name="grains">The window's grains, with whole months (a window inside one month is read as its days).</param>
    /// <param name="lastDataDay">The last day that can hold rows (today): later days cost nothing to subtract.</param>
    public static TallyMonthsAndDays Of(TallyGrains grains, DateOnly lastDataDay)
    {
        var (firstMonth, lastMonth) = (grains.FirstMonth, grains.LastMonth);
        var days = new List<DateOnly>();
        var subtracted = new List<DateOnly>();
        if (grains.LeadFrom <= grains.LeadTo)
        {
            var monthStart = new DateOnly(grains.LeadFrom.Year, grains.LeadFrom.Month, 1);
            var before = Range(monthStart, grains.LeadFrom.AddDays(-1));
            if (firstMonth <= lastMonth && monthStart.AddMonths(1) == firstMonth && before.Count < Range(grains.LeadFrom, grains.LeadTo).Count)
            {
                firstMonth = monthStart;
                subtracted.AddRange(before);
            }
            else
            {
                days.AddRange(Range(grains.LeadFrom, grains.LeadTo));
            }
        }

        if (grains.TrailFrom <= grains.TrailTo)
        {
            var monthEnd = grains.TrailFrom.AddMonths(1).AddDays(-1);
            var after = Range(grains.TrailTo.AddDays(1), monthEnd);
            var afterWithRows = after.Count(d => d <= lastDataDay);
            if (lastMonth.AddMonths(1) == grains.TrailFrom && afterWithRows < Range(grains.TrailFrom, grains.TrailTo).Count)
            {
                lastMonth = grains.TrailFrom;
                subtracted.AddRange(after);
            }
            else
            {
                days.AddRange(Range(grains.TrailFrom, grains.TrailTo));
            }
        }

        return new TallyMonthsAndDays(firstMonth, lastMonth, days, subtracted);
    }

    private static List<DateOnly> Range(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }
}
