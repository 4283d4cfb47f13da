using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Wall;

/// <summary>When a wall's figures stop being live, and when a television refreshes itself at a quiet hour.</summary>
public static class WallFreshness
{
    /// <summary>
    /// The feed recomputes every view at least once per refresh interval, events or not; figures older than three of
    /// those (and never less than a minute, so one slow query is not an alarm) mean the screen is not being fed.
    /// </summary>
    public static TimeSpan StaleAfter(TimeSpan refreshInterval)
    {
        var three = refreshInterval * 3;
        return three < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : three;
    }

    public static bool IsStale(DateTime computedAt, DateTime now, TimeSpan refreshInterval) =>
        now - computedAt > StaleAfter(refreshInterval);

    /// <summary>
    /// The next time of day (Bangkok) after <paramref name="nowUtc"/> at which a television reloads its page; none when
    /// the setting is off or not a time of day.
    /// </summary>
    public static DateTime? NextQuietRefresh(DateTime nowUtc, TimeSpan? bangkokTimeOfDay)
    {
        if (bangkokTimeOfDay is not { } timeOfDay || timeOfDay < TimeSpan.Zero || timeOfDay >= TimeSpan.FromDays(1))
        {
            return null;
        }

        var local = ThaiCalendar.ToBangkok(nowUtc);
        var today = local.Date + timeOfDay;
        return ThaiCalendar.FromBangkok(today > local ? today : today.AddDays(1));
    }
}
