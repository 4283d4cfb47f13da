using OpsCenter.Domain.Budget;

namespace OpsCenter.Tests.Domain.Budget;

public sealed class PlanYearsTests
{
    [Fact]
    public void InThePlansLastYear_TheProposalGoesIntoThatYear_AndTheNextPlanIsOfferedBesideIt()
    {
        var choices = PlanYears.Choices([("SRB-PDP-2566", 2566, 2570)], 2570);

        Assert.Equal([(2570, false), (2571, true)], choices.Select(c => (c.FiscalYear, c.NextPlan)));
        Assert.Equal(2570, PlanYears.Default(choices, 2570));
    }

    [Fact]
    public void MidPlan_DefaultsToNextFiscalYear_AndOffersTheRestOfThePlan()
    {
        var choices = PlanYears.Choices([("SRB-PDP-2566", 2566, 2570)], 2568);

        Assert.Equal([2568, 2569, 2570, 2571], choices.Select(c => c.FiscalYear));
        Assert.Equal(2569, PlanYears.Default(choices, 2568));
    }

    [Fact]
    public void AfterThePlanHasEnded_OnlyTheNextPlanIsOffered()
    {
        var choices = PlanYears.Choices([("SRB-PDP-2561", 2561, 2565)], 2568);

        Assert.Equal([(2569, true)], choices.Select(c => (c.FiscalYear, c.NextPlan)));
        Assert.Equal(2569, PlanYears.Default(choices, 2568));
    }

    [Fact]
    public void ProjectCode_TakesTheProvincesShape_AndTheNextNumberOfItsYear()
    {
        string[] codes = ["SRB-2570-0007", "SRB-2570-0012", "SRB-2569-0040", "IMP-A-2", "2571-PR19-AAAA-BBBB"];

        Assert.Equal("SRB-2570-0013", ProjectCodes.Next(codes, 2570, "XXX"));
        Assert.Equal("SRB-2571-0001", ProjectCodes.Next(codes, 2571, "XXX"));
        Assert.Equal("PTE-2570-0001", ProjectCodes.Next([], 2570, "PTE"));
    }
}
