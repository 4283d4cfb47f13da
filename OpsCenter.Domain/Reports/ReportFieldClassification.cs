using OpsCenter.Domain.Common;
using OpsCenter.Domain.Security;

namespace OpsCenter.Domain.Reports;

/// <summary>The fields of a citizen report, as the classification table names them.</summary>
public enum ReportField
{
    TrackingNumber,
    Kind,
    Category,
    Status,
    District,
    Subdistrict,
    OwnerAgency,
    SlaDates,
    PublicTimeline,
    ReporterCount,

    /// <summary>Coordinates rounded to 0.001° (about 110 m), for a public map pin.</summary>
    ApproximateLocation,
    ReporterName,
    ReporterPhone,
    ReporterEmail,
    ExactLocation,

    /// <summary>The address or landmark the reporter typed.</summary>
    Address,
    Photo,
    Description,
}

/// <summary>
/// One table for what a report may show to whom. A citizen's words and photo often identify them or their neighbour,
/// so they are personal data like the contact; what a report is about, where (by area) and how it is going is public.
/// </summary>
public static class ReportFieldClassification
{
    public static readonly IReadOnlyDictionary<ReportField, DataClassification> Table = new Dictionary<ReportField, DataClassification>
    {
        [ReportField.TrackingNumber] = DataClassification.Public,
        [ReportField.Kind] = DataClassification.Public,
        [ReportField.Category] = DataClassification.Public,
        [ReportField.Status] = DataClassification.Public,
        [ReportField.District] = DataClassification.Public,
        [ReportField.Subdistrict] = DataClassification.Public,
        [ReportField.OwnerAgency] = DataClassification.Public,
        [ReportField.SlaDates] = DataClassification.Public,
        [ReportField.PublicTimeline] = DataClassification.Public,
        [ReportField.ReporterCount] = DataClassification.Public,
        [ReportField.ApproximateLocation] = DataClassification.Public,
        [ReportField.ReporterName] = DataClassification.Personal,
        [ReportField.ReporterPhone] = DataClassification.Personal,
        [ReportField.ReporterEmail] = DataClassification.Personal,
        [ReportField.ExactLocation] = DataClassification.Personal,
        [ReportField.Address] = DataClassification.Personal,
        [ReportField.Photo] = DataClassification.Personal,
        [ReportField.Description] = DataClassification.Personal,
    };

    /// <summary>Decimals of a degree an approximate location keeps: 0.001° is about 110 m.</summary>
    public const int ApproximateDecimals = 3;

    /// <summary>A coordinate as public pages and shared documents show it: the report's neighbourhood, not its doorstep.</summary>
    public static double Approximate(double degrees) => Math.Round(degrees, ApproximateDecimals, MidpointRounding.AwayFromZero);

    public static double? Approximate(double? degrees) => degrees is { } value ? Approximate(value) : null;

    /// <summary>Every field is in the table; one left out would be treated as secret.</summary>
    public static DataClassification Of(ReportField field) => Table.GetValueOrDefault(field, DataClassification.Secret);

    /// <summary>
    /// A report is held by its province (the complaint centre's officials, who take, route and call back) and, once
    /// assigned, also by its owner agency: the people of either may see its personal fields.
    /// </summary>
    public static bool CanSee(ReportField field, Actor viewer, string provinceCode, int? ownerAgencyId)
    {
        var classification = Of(field);
        return DataClearance.CanSee(classification, viewer, provinceCode, null)
               || (ownerAgencyId is not null && DataClearance.CanSee(classification, viewer, provinceCode, ownerAgencyId));
    }

    /// <summary>The fields a viewer may see of one report; everything else is withheld or masked.</summary>
    public static IReadOnlySet<ReportField> Visible(Actor viewer, string provinceCode, int? ownerAgencyId) =>
        Table.Keys.Where(f => CanSee(f, viewer, provinceCode, ownerAgencyId)).ToHashSet();
}
