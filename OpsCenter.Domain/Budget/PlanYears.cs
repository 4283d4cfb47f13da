using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsCenter.Domain.Budget;

/// <summary>A fiscal year a new project may go into: a year of a development plan, or the first year of the next plan.</summary>
public sealed record PlanYearChoice(int FiscalYear, string? PlanCode, bool NextPlan);

/// <summary>
/// Where a project accepted today belongs: the current plan's remaining years, and the year after the last plan (for
/// the next plan, which may not be written yet). The official picks; the default is next fiscal year while the plan
/// still has it, else this year, and only when the plan has ended the next plan's first year.
/// </summary>
public static class PlanYears
{
    public static IReadOnlyList<PlanYearChoice> Choices(IEnumerable<(string Code, int First, int Last)> plans, int currentFiscalYear)
    {
        var list = plans.OrderBy(p => p.First).ToList();
        var choices = list.Where(p => p.Last >= currentFiscalYear)
            .SelectMany(p => Enumerable.Range(Math.Max(p.First, currentFiscalYear), p.Last - Math.Max(p.First, currentFiscalYear) + 1)
                .Select(y => new PlanYearChoice(y, p.Code, false)))
            .DistinctBy(c => c.FiscalYear)
            .ToList();
        var afterPlans = Math.Max(list.Count == 0 ? currentFiscalYear + 1 : list.Max(p => p.Last) + 1, currentFiscalYear + 1);
        choices.Add(new PlanYearChoice(afterPlans, null, true));
        return choices;
    }

    public static int Default(IReadOnlyList<PlanYearChoice> choices, int currentFiscalYear) =>
        choices.FirstOrDefault(c => !c.NextPlan && c.FiscalYear == currentFiscalYear + 1)?.FiscalYear
        ?? choices.FirstOrDefault(c => !c.NextPlan && c.FiscalYear == currentFiscalYear)?.FiscalYear
        ?? choices[^1].FiscalYear;
}

/// <summary>The province's project code shape, PREFIX-YEAR-NNNN (SRB-2570-0178): a new project takes the next number of its year.</summary>
public static partial class ProjectCodes
{
    public static string Next(IEnumerable<string> existingCodes, int fiscalYear, string fallbackPrefix)
    {
        var parsed = existingCodes.Select(c => Shape().Match(c)).Where(m => m.Success).ToList();
        var prefix = parsed.GroupBy(m => m.Groups[1].Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? fallbackPrefix;
        var year = fiscalYear.ToString(CultureInfo.InvariantCulture);
        var last = parsed.Where(m => m.Groups[1].Value == prefix && m.Groups[2].Value == year)
            .Select(m => int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        return $"{prefix}-{year}-{last + 1:0000}";
    }

    [GeneratedRegex("^([A-Z]{2,5})-([0-9]{4})-([0-9]{4})$")]
    private static partial Regex Shape();
}
