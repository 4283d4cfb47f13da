using System.Globalization;
using System.Text.RegularExpressions;
using OpsCenter.Domain.Common;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// What the "received today" tile shows after one more report: one more than before, or just 1 when Bangkok midnight
/// passes while the test waits (the count restarts; a run as of 23:50 Bangkok found this).
/// </summary>
public static class ReceivedToday
{
    public static Regex OneMoreThan(int before, DateTime readAtUtc)
    {
        var plusOne = Regex.Escape((before + 1).ToString("#,##0", CultureInfo.InvariantCulture));
        var crossesMidnight = ThaiCalendar.ToBangkok(readAtUtc).Date != ThaiCalendar.ToBangkok(readAtUtc.AddMinutes(3)).Date;
        return new Regex(crossesMidnight ? $"^({plusOne}|1)$" : $"^{plusOne}$");
    }
}
