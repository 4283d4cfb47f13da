using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Features.Budget;

namespace OpsCenter.Tests.Components.Budget;

/// <summary>Editing a budget line: what the service's rules refuse shows under the amount, in Thai, before anything is sent.</summary>
public sealed class BudgetLineFormTests : ComponentTest
{
    private static readonly BudgetLine Line = new() { Id = 7, FiscalYear = 2570, Source = BudgetSource.Province, Requested = Money.FromBaht(500_000m), Approved = Money.FromBaht(400_000m), Disbursed = Money.FromBaht(100_000m) };

    private readonly List<(Money Requested, Money Approved, Money Disbursed)> _saved = [];
    private CommandResult _answer = CommandResult.Ok(7);
    private int _savedEvents;

    private IRenderedComponent<BudgetLineForm> RenderForm()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<BudgetLineForm>(p => p
            .Add(c => c.Line, Line)
            .Add(c => c.Amounts, BudgetLineAmounts.Of(Line))
            .Add(c => c.Save, (r, a, d) => { _saved.Add((r, a, d)); return Task.FromResult(_answer); })
            .Add(c => c.OnSaved, () => _savedEvents++));
    }

    [Fact]
    public void AnUnreadableAmount_IsRefusedInThai_UnderItsBox_AndNothingIsSent()
    {
        var form = RenderForm();

        form.Find("input[data-testid=line-approved]").Change("สี่แสน");
        form.Find("form").Submit();

        Assert.Contains("จำนวนเงินไม่ถูกต้อง", form.Find("#error-approved").TextContent, StringComparison.Ordinal);
        Assert.Equal("สี่แสน", form.Find("input[data-testid=line-approved]").GetAttribute("value"));
        Assert.Empty(_saved);
    }

    [Fact]
    public void DisbursingMoreThanApproved_IsTheServicesOwnRule_ShownAsItIsTyped()
    {
        var form = RenderForm();

        form.Find("input[data-testid=line-disbursed]").Change("450,000");

        Assert.Contains("เบิกจ่ายมากกว่างบที่ได้รับอนุมัติ", form.Find("#error-disbursed").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidEdit_CallsTheServiceWithTheAmounts_AndSaysSoInASnackbar()
    {
        var form = RenderForm();

        form.Find("input[data-testid=line-disbursed]").Change("150,000.50");
        form.Find("form").Submit();

        var saved = Assert.Single(_saved);
        Assert.Equal((Money.FromBaht(500_000m), Money.FromBaht(400_000m), Money.FromBaht(150_000.50m)), saved);
        Assert.Equal(1, _savedEvents);
        Assert.Contains("บันทึกงบปี 2570 แล้ว", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServicesRefusal_LandsOnItsField()
    {
        _answer = CommandResult.Fail("requested", "งบที่ขอเกินกรอบของแผน", "Requested is above the plan's ceiling");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Contains("งบที่ขอเกินกรอบของแผน", form.Find("#error-requested").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, _savedEvents);
    }
}
