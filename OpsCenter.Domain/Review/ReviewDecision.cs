using System.Text.Json;

namespace OpsCenter.Domain.Review;

/// <summary>
/// A decision taken during a review, with the figures that were on screen when it was taken. The snapshot is written
/// once, here, and never again: the configuration makes the database layer refuse to change it after the first save.
/// </summary>
public sealed class ReviewDecision
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ReviewDecision()
    {
    }

    public int Id { get; private set; }

    public int ReviewSessionId { get; private set; }

    /// <summary>The agenda item on screen when it was taken; null once that item is removed from the agenda.</summary>
    public int? AgendaItemId { get; set; }

    public string Text { get; set; } = "";

    public ReviewLinkKind LinkKind { get; set; }

    public string? LinkRef { get; set; }

    public DateTime TakenAt { get; private set; }

    public string SnapshotJson { get; private set; } = "{}";

    public ReviewFigures Snapshot => JsonSerializer.Deserialize<ReviewFigures>(SnapshotJson, Json) ?? ReviewFigures.Empty;

    public static ReviewDecision Take(int sessionId, int? agendaItemId, string text, ReviewFigures onScreen, DateTime takenAt) => new()
    {
        ReviewSessionId = sessionId,
        AgendaItemId = agendaItemId,
        Text = text,
        TakenAt = takenAt,
        SnapshotJson = JsonSerializer.Serialize(onScreen, Json),
    };
}

/// <summary>The figures an agenda item shows: what a screen draws and what a decision keeps.</summary>
public sealed record ReviewFigures(string TitleTh, string TitleEn, DateTime ComputedAt, IReadOnlyList<ReviewFigure> Figures, IReadOnlyList<ReviewRow> Rows)
{
    public static readonly ReviewFigures Empty = new("", "", default, [], []);
}

/// <summary>One headline number: label, value as shown, and a tone (good, warn, bad or neutral).</summary>
public sealed record ReviewFigure(string LabelTh, string LabelEn, string Value, string Tone = ReviewTones.Neutral);

/// <summary>One line of the item's table (an overdue dataset, a district's budget gap).</summary>
/// <summary>One row of an item's figures; <see cref="ValueEn"/> where the value has words (a unit) that differ in English.</summary>
public sealed record ReviewRow(string NameTh, string NameEn, string Value, string Tone = ReviewTones.Neutral, string? ValueEn = null);

public static class ReviewTones
{
    public const string Good = "good";
    public const string Warn = "warn";
    public const string Bad = "bad";
    public const string Neutral = "neutral";
}
