using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

/// <summary>
/// A stretch of Bangkok time in which a person is not to be disturbed; it may cross midnight (22:00–07:00). A message
/// that falls due inside it waits for its end, it is not dropped.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool IsEmpty => Start == End;

    public bool Contains(DateTime utc)
    {
        if (IsEmpty)
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(ThaiCalendar.ToBangkok(utc));
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The earliest instant at or after <paramref name="utc"/> outside the quiet hours.</summary>
    public DateTime NextAllowed(DateTime utc)
    {
        if (!Contains(utc))
        {
            return utc;
        }

        var local = ThaiCalendar.ToBangkok(utc);
        var end = local.Date + End.ToTimeSpan();
        if (end <= local)
        {
            end = end.AddDays(1);
        }

        return ThaiCalendar.FromBangkok(end);
    }
}
