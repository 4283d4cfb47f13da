namespace OpsCenter.Domain.Proposals;

public enum ProposalStatus
{
    /// <summary>ยื่นข้อเสนอแล้ว: open for support, not yet looked at.</summary>
    Submitted = 1,

    /// <summary>อยู่ระหว่างพิจารณา.</summary>
    UnderReview = 2,

    /// <summary>บรรจุในแผนแล้ว: a Proposed project was created from it.</summary>
    InPlan = 3,

    /// <summary>ไม่รับข้อเสนอ, with a reason the public can read.</summary>
    Declined = 4,

    /// <summary>รวมกับข้อเสนออื่น: the same idea as another proposal, which carries its support from now on.</summary>
    Merged = 5,
}

/// <summary>
/// A citizen's proposal for a project in an area, against a need. Nothing identifies the proposer: a phone number, if
/// given, is kept only as a keyed hash inside a <see cref="ProposalSupport"/>, never on this row and never shown.
/// </summary>
public sealed class CitizenProposal
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>What the proposer quotes to follow it: /proposals/track/{TrackingCode}.</summary>
    public required string TrackingCode { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    /// <summary>District or subdistrict the proposal is for.</summary>
    public required string AreaCode { get; set; }

    /// <summary>The need it answers, as a report category (its sector follows from the category).</summary>
    public required string CategoryCode { get; set; }

    public ProposalStatus Status { get; set; }

    /// <summary>An explorer view the proposer cites as evidence (site-relative, version pinned), checked when submitted.</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>Supports counted, kept with the supports in one transaction so lists can sort by it.</summary>
    public int SupportCount { get; set; }

    /// <summary>The staff's answer to the public: why it was declined, merged or how it was planned.</summary>
    public string? StaffResponse { get; set; }

    /// <summary>The project created when staff put the proposal into the plan.</summary>
    public int? ProjectId { get; set; }

    /// <summary>The proposal this one was merged into.</summary>
    public int? MergedIntoId { get; set; }

    /// <summary>Keyed hash of the submitting client's network address, only for rate limiting.</summary>
    public string? ClientKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? TriagedAt { get; set; }

    public string? TriagedByUserId { get; set; }

    public bool IsOpenForSupport => Status is ProposalStatus.Submitted or ProposalStatus.UnderReview;
}

/// <summary>One person's support of a proposal; unique per proposal and supporter key.</summary>
public sealed class ProposalSupport
{
    public long Id { get; set; }

    public int ProposalId { get; set; }

    /// <summary>"phone:" or "user:" and a keyed hash; the phone number itself is never stored.</summary>
    public required string SupporterKey { get; set; }

    /// <summary>Keyed hash of the client's network address, for rate limiting.</summary>
    public string? ClientKey { get; set; }

    public DateTime CreatedAt { get; set; }
}
