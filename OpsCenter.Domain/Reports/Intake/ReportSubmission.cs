namespace OpsCenter.Domain.Reports.Intake;

/// <summary>
/// A new report as any channel hands it in: the web form, the JSON API and Open311 all fill this and call
/// <see cref="ReportIntakeService.SubmitAsync"/>. Field names in errors are the JSON API's.
/// </summary>
public sealed record ReportSubmission
{
    public ReportKind? Kind { get; init; }

    public string? CategoryCode { get; init; }

    public string? Description { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? DistrictCode { get; init; }

    public string? SubdistrictCode { get; init; }

    public string? Address { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The reporter ticked the PDPA consent line (or a partner attests that its user did).</summary>
    public bool Consent { get; init; }

    public byte[]? Photo { get; init; }

    /// <summary>A photo the reporter's app hosts elsewhere (Open311 media_url); stored as a link, never fetched.</summary>
    public string? PhotoUrl { get; init; }

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactName) || !string.IsNullOrWhiteSpace(ContactPhone) || !string.IsNullOrWhiteSpace(ContactEmail);

    public bool HasCoordinates => Latitude is not null || Longitude is not null;
}

/// <summary>How a submission arrived: the channel, the idempotency key (scoped by the caller) and who vouches for consent.</summary>
public sealed record IntakeContext(ReportChannel Channel, string ConsentSource, string? IdempotencyKey = null, string? RequestHash = null);
