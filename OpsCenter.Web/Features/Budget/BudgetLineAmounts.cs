using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Features.Budget;

/// <summary>A budget line's three amounts as typed (baht, commas allowed), kept as text so a mistyped amount stays in its box.</summary>
public sealed class BudgetLineAmounts
{
    public string? Requested { get; set; }

    public string? Approved { get; set; }

    public string? Disbursed { get; set; }

    public static BudgetLineAmounts Of(BudgetLine line) =>
        new() { Requested = line.Requested.ToString(), Approved = line.Approved.ToString(), Disbursed = line.Disbursed.ToString() };

    /// <summary>Each amount must read as baht; once all do, the service's own <see cref="BudgetLineRules"/> apply.</summary>
    public IEnumerable<FieldError> Rules()
    {
        var parsed = new[] { ("requested", Requested), ("approved", Approved), ("disbursed", Disbursed) }
            .Select(f => (Field: f.Item1, Ok: Money.TryParseBaht(f.Item2, out var money), Money: money)).ToList();
        var unreadable = parsed.Where(p => !p.Ok).Select(p => new FieldError(p.Field, "จำนวนเงินไม่ถูกต้อง (ทศนิยมไม่เกิน 2 ตำแหน่ง)", "Not a valid amount (at most two decimals)")).ToList();
        return unreadable.Count > 0 ? unreadable : BudgetLineRules.Check(parsed[0].Money, parsed[1].Money, parsed[2].Money);
    }

    public (Money Requested, Money Approved, Money Disbursed) Parsed()
    {
        Money.TryParseBaht(Requested, out var requested);
        Money.TryParseBaht(Approved, out var approved);
        Money.TryParseBaht(Disbursed, out var disbursed);
        return (requested, approved, disbursed);
    }
}
