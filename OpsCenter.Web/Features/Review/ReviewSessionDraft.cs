using System.Globalization;
using OpsCenter.Domain.Review;

namespace OpsCenter.Web.Features.Review;

/// <summary>A session as its form holds it: the date and the time apart, both in Bangkok time, as people say them.</summary>
public sealed class ReviewSessionDraft
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    /// <summary>The service's "heldAt" belongs to the date box: that is the one left empty.</summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string> { ["heldAt"] = nameof(Date) };

    public string Title { get; set; } = "";

    public DateTime? Date { get; set; }

    /// <summary>"HH:mm", as a time box gives it.</summary>
    public string Time { get; set; } = "09:00";

    public string ChairName { get; set; } = "";

    public string? Attendees { get; set; }

    public static ReviewSessionDraft Of(ReviewSession session)
    {
        var local = session.HeldAt + Bangkok;
        return new ReviewSessionDraft
        {
            Title = session.Title,
            Date = local.Date,
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ChairName = session.ChairName,
            Attendees = session.Attendees,
        };
    }

    public ReviewSessionInput ToInput()
    {
        var time = TimeOnly.TryParseExact(Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(9, 0);
        var heldAt = Date is { } d ? DateOnly.FromDateTime(d).ToDateTime(time, DateTimeKind.Utc) - Bangkok : default;
        return new ReviewSessionInput(Title, heldAt, ChairName, Attendees);
    }
}
