using System.Globalization;
using OpsCenter.Domain.Budget;

namespace OpsCenter.Web.Features.Budget;

/// <summary>Addresses of the budget pages, built in one place so links and tests agree.</summary>
public static class BudgetPaths
{
    public const string Budget = "/budget";
    public const string Projects = "/budget/projects";
    public const string Plans = "/budget/plans";
    public const string Import = "/budget/import";

    /// <summary>The report detail page belongs to the citizen-reports feature.</summary>
    public static string Report(long id) => $"/reports/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Project(int id) => $"/budget/projects/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string EvidencePack(int id) => $"/budget/projects/{id.ToString(CultureInfo.InvariantCulture)}/evidence";

    public static string AreaEvidencePack(string areaCode, string sector) => $"/budget/areas/{Uri.EscapeDataString(areaCode)}/{Uri.EscapeDataString(sector)}/evidence";

    public static string AreaEvidenceCsv(string areaCode, string sector, int fiscalYear) =>
        $"/api/budget/areas/{Uri.EscapeDataString(areaCode)}/{Uri.EscapeDataString(sector)}/evidence.csv?fy={fiscalYear.ToString(CultureInfo.InvariantCulture)}";

    public static string EvidenceCsv(int id) => $"/api/budget/projects/{id.ToString(CultureInfo.InvariantCulture)}/evidence.csv";

    public static string Matrix(int fiscalYear, BudgetMeasure measure, string? area = null, string? sector = null)
    {
        var query = $"?fy={fiscalYear.ToString(CultureInfo.InvariantCulture)}&measure={measure.ToString().ToLowerInvariant()}";
        query += area is null ? "" : $"&area={area}";
        query += sector is null ? "" : $"&sector={sector}";
        return Budget + query;
    }

    public static string ProjectList(int? fiscalYear = null, string? sector = null, string? area = null, bool withoutEvidence = false, int? issue = null)
    {
        var parts = new List<string>();
        if (fiscalYear is { } fy)
        {
            parts.Add($"fy={fy.ToString(CultureInfo.InvariantCulture)}");
        }

        if (sector is not null)
        {
            parts.Add($"sector={sector}");
        }

        if (area is not null)
        {
            parts.Add($"area={area}");
        }

        if (withoutEvidence)
        {
            parts.Add("unlinked=true");
        }

        if (issue is { } i)
        {
            parts.Add($"issue={i.ToString(CultureInfo.InvariantCulture)}");
        }

        return parts.Count == 0 ? Projects : $"{Projects}?{string.Join('&', parts)}";
    }
}
