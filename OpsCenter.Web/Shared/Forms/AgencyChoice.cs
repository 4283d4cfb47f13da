using OpsCenter.Domain.Reports;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Shared.Forms;

/// <summary>
/// An agency typed into a plain form's text box (pages that post without a circuit offer the names as a datalist): the
/// exact Thai or English name or code, else the one agency whose names hold every word typed.
/// </summary>
public static class AgencyChoice
{
    public static string Name(AgencyName agency) => T(agency.NameTh, agency.NameEn);

    public static AgencyName? Resolve(IEnumerable<AgencyName> agencies, string? text)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0)
        {
            return null;
        }

        var all = agencies.ToList();
        var exact = all.Where(a => string.Equals(a.NameTh, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.NameEn, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Code, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var matching = all.Where(a => AgencyAutocomplete.Matches(a, typed)).Take(2).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }
}
