namespace OpsCenter.Domain.Reports;

/// <summary>
/// Who reported and how to reach them, kept in its own table so that nothing that reads reports (lists, exports,
/// Open311, events, wall screens) can carry it by accident. Read only through <see cref="ReporterContacts"/>, which
/// checks the role and writes an audit entry.
/// </summary>
public sealed class ReporterContact
{
    public long ReportId { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>When the reporter agreed to the PDPA consent line; contact is never stored without it.</summary>
    public DateTime ConsentAt { get; set; }

    /// <summary>Which consent text or partner collected it, e.g. "web-form-v1" or "open311:ThaiMed app".</summary>
    public required string ConsentSource { get; set; }
}
