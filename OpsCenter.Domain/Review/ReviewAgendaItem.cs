namespace OpsCenter.Domain.Review;

/// <summary>The four sections of FOUR จริง = FLOW, in meeting order.</summary>
public enum ReviewSection
{
    /// <summary>ข้อมูลจริง: is the data fresh?</summary>
    RealData = 1,

    /// <summary>ทำจริง: is every item owned, and are owners on time?</summary>
    RealAction = 2,

    /// <summary>เห็นจริง: KPIs, the report heatmap, budget versus need.</summary>
    RealVisibility = 3,

    /// <summary>ตามจริง: what earlier reviews decided, and how far it got.</summary>
    RealFollowUp = 4,
}

/// <summary>The kinds of agenda item; each shows its own live figures. Stored as text.</summary>
public static class ReviewItemKinds
{
    public const string FreshnessBoard = "freshness-board";
    public const string AgencyFreshness = "agency-freshness";
    public const string Unowned = "unowned";
    public const string OwnerOverdue = "owner-overdue";
    public const string Kpis = "kpis";
    public const string Heatmap = "heatmap";
    public const string Budget = "budget";
    public const string FollowUpAction = "follow-up-action";
    public const string Note = "note";

    public static readonly IReadOnlyList<string> All = [FreshnessBoard, AgencyFreshness, Unowned, OwnerOverdue, Kpis, Heatmap, Budget, FollowUpAction, Note];
}

/// <summary>One item of a session's agenda: a section, a kind and the subject it is about (an agency, an action).</summary>
public sealed class ReviewAgendaItem
{
    public int Id { get; set; }

    public int ReviewSessionId { get; set; }

    public ReviewSection Section { get; set; }

    public int Position { get; set; }

    public required string Kind { get; set; }

    public required string TitleTh { get; set; }

    public required string TitleEn { get; set; }

    /// <summary>The agency id (agency items) or action id (follow-up items) the item is about.</summary>
    public int? SubjectId { get; set; }

    /// <summary>What changed since the agenda was first planned ("added", "updated"), so the chair sees it; null when unchanged.</summary>
    public string? Change { get; set; }
}

/// <summary>The marks an agenda item carries after a rebuild.</summary>
public static class AgendaItemChanges
{
    public const string Added = "added";
    public const string Updated = "updated";
}
