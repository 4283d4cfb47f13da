using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Intake;

namespace OpsCenter.Web.Features.Reports.Intake;

/// <summary>What the /report form holds while the citizen fills it in.</summary>
public sealed class ReportForm
{
    public ReportKind Kind { get; set; } = ReportKind.Complaint;

    public string CategoryCode { get; set; } = "";

    public string Description { get; set; } = "";

    public bool ByPin { get; set; } = true;

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string DistrictCode { get; set; } = "";

    public string SubdistrictCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public bool Consent { get; set; }

    public byte[]? Photo { get; set; }

    public string? PhotoName { get; set; }

    /// <summary>The property each of the intake service's error fields belongs to, where the names differ; a refused point shows once, by the pin.</summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string>
    {
        ["category"] = nameof(CategoryCode),
        ["lat"] = nameof(Latitude),
        ["long"] = nameof(Latitude),
    };

    /// <summary>One key per filled-in form: a double click or a retry after a lost answer replays instead of duplicating.</summary>
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    public ReportSubmission ToSubmission() => new()
    {
        Kind = Kind,
        CategoryCode = CategoryCode,
        Description = Description,
        Latitude = ByPin ? Latitude : null,
        Longitude = ByPin ? Longitude : null,
        DistrictCode = ByPin ? null : Blank(DistrictCode),
        SubdistrictCode = ByPin ? null : Blank(SubdistrictCode),
        Address = Blank(Address),
        ContactName = Blank(Name),
        ContactPhone = Blank(Phone),
        ContactEmail = Blank(Email),
        Consent = Consent,
        Photo = Photo,
    };

    /// <summary>A digest of everything submitted, so reusing the form's key for different content is caught.</summary>
    public string Digest()
    {
        var s = ToSubmission();
        var text = string.Join('\u001f', s.Kind, s.CategoryCode, s.Description, s.Latitude?.ToString("R", CultureInfo.InvariantCulture),
            s.Longitude?.ToString("R", CultureInfo.InvariantCulture), s.DistrictCode, s.SubdistrictCode, s.Address, s.ContactName, s.ContactPhone,
            s.ContactEmail, s.Consent, s.Photo is null ? "" : Convert.ToHexString(SHA256.HashData(s.Photo)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
