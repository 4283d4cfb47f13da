using OpsCenter.Domain.Reports;

namespace OpsCenter.Tests.Domain.Reports;

public sealed class ReportRoutingTests
{
    private const int CentralQueue = 1;

    private static readonly RoutingRule[] Rules =
    [
        new() { Id = 10, ProvinceCode = "19", CategoryCode = "road", AgencyId = 100 },
        new() { Id = 11, ProvinceCode = "19", CategoryCode = "road", AreaCode = "1902", AgencyId = 200 },
        new() { Id = 12, ProvinceCode = "19", CategoryCode = "road", AreaCode = "190201", AgencyId = 300 },
        new() { Id = 13, ProvinceCode = "19", AreaCode = "1903", AgencyId = 400 },
        new() { Id = 14, ProvinceCode = "19", CategoryCode = "flood", AgencyId = 500 },
    ];

    [Theory]
    [InlineData("road", "1901", "190101", 100)]
    [InlineData("road", "1902", "190205", 200)]
    [InlineData("road", "1902", "190201", 300)]
    [InlineData("flood", "1903", "190301", 400)]
    [InlineData("road", "1903", "190301", 400)]
    [InlineData("flood", "1905", null, 500)]
    public void Route_TheMostSpecificRuleWins(string category, string district, string? subdistrict, int expected)
    {
        Assert.Equal(expected, ReportRouting.Route(Rules, category, district, subdistrict, CentralQueue).AgencyId);
    }

    [Fact]
    public void Route_NoRuleMatches_GoesToTheCentralQueue()
    {
        var decision = ReportRouting.Route(Rules, "welfare", "1901", "190101", CentralQueue);

        Assert.True(decision.CentralQueue);
        Assert.Equal(CentralQueue, decision.AgencyId);
        Assert.Null(decision.RuleId);
    }

    [Fact]
    public void Route_AtEqualAreaACategoryRuleBeatsAnAnyCategoryRule()
    {
        var rules = new RoutingRule[]
        {
            new() { Id = 1, ProvinceCode = "19", AreaCode = "1904", AgencyId = 7 },
            new() { Id = 2, ProvinceCode = "19", CategoryCode = "noise", AreaCode = "1904", AgencyId = 8 },
        };

        Assert.Equal(8, ReportRouting.Route(rules, "noise", "1904", null, CentralQueue).AgencyId);
        Assert.Equal(7, ReportRouting.Route(rules, "road", "1904", null, CentralQueue).AgencyId);
    }
}
