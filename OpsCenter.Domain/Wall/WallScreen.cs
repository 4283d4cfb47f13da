using System.Text.Json;

namespace OpsCenter.Domain.Wall;

/// <summary>
/// A named wall screen configuration: what it shows (slides of panels), for which area and period, and how it rotates.
/// Any number of televisions may show the same screen; they follow its shared <see cref="Control"/> state.
/// </summary>
public sealed class WallScreen
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>The URL name: /wall/{slug}.</summary>
    public required string Slug { get; set; }

    public required string NameTh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>A district to focus on; null for the whole province.</summary>
    public string? AreaCode { get; set; }

    /// <summary>How far back the heatmap, counters and ticker look.</summary>
    public int PeriodDays { get; set; } = 30;

    /// <summary>Seconds per slide; 0 holds the current slide.</summary>
    public int RotationSeconds { get; set; } = 20;

    public int SortOrder { get; set; }

    /// <summary>The playlist as JSON (see <see cref="Slides"/>): one small document is easier to edit and migrate than a child table.</summary>
    public string SlidesJson { get; set; } = "[]";

    public WallControlMode ControlMode { get; set; } = WallControlMode.Rotate;

    public int ControlSlide { get; set; }

    public DateTime ControlAnchorAt { get; set; }

    public bool AlarmOnly { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The review session this screen follows instead of its playlist; null when it plays its own rotation.</summary>
    public int? FollowReviewId { get; set; }

    public IReadOnlyList<WallSlide> Slides
    {
        get => JsonSerializer.Deserialize<List<WallSlide>>(SlidesJson, Json) ?? [];
        set => SlidesJson = JsonSerializer.Serialize(value, Json);
    }

    public WallControl Control
    {
        get => new(ControlMode, ControlSlide, ControlAnchorAt, AlarmOnly);
        set
        {
            ControlMode = value.Mode;
            ControlSlide = value.Slide;
            ControlAnchorAt = value.AnchorAt;
            AlarmOnly = value.AlarmOnly;
        }
    }

    public TimeSpan RotationInterval => TimeSpan.FromSeconds(Math.Max(0, RotationSeconds));
}

/// <summary>One page of the playlist: a title and up to four panels, laid out in a grid.</summary>
public sealed record WallSlide(string TitleTh, string TitleEn, IReadOnlyList<string> Panels);

/// <summary>The panels a slide can hold; the names are stored in the database.</summary>
public static class WallPanels
{
    public const string Counters = "counters";
    public const string Kpis = "kpis";
    public const string Heatmap = "heatmap";
    public const string Budget = "budget";
    public const string Ticker = "ticker";

    public const int MaxPerSlide = 4;

    public static readonly IReadOnlyList<string> All = [Counters, Kpis, Heatmap, Budget, Ticker];

    public static bool IsKnown(string panel) => All.Contains(panel);

    public static (string Thai, string English) NameOf(string panel) => panel switch
    {
        Counters => ("สถิติเรื่องร้องเรียน", "Report counters"),
        Kpis => ("ตัวชี้วัด (KPI)", "KPI tiles"),
        Heatmap => ("แผนที่ความหนาแน่นเรื่องร้องเรียน", "Report heatmap"),
        Budget => ("งบประมาณเทียบความต้องการ", "Budget versus need"),
        Ticker => ("เรื่องเกินกำหนด/ยกระดับ", "Overdue and escalations"),
        _ => (panel, panel),
    };
}
