namespace OpsCenter.Domain.Reports;

/// <summary>The owner an intake decided on, and why (which rule, or the central queue).</summary>
public sealed record RoutingDecision(int AgencyId, int? RuleId, bool CentralQueue);

/// <summary>Picks the owner agency of a new report from the routing rules.</summary>
public static class ReportRouting
{
    /// <summary>
    /// The most specific matching rule wins: a subdistrict beats a district beats the whole province, and at equal area a
    /// rule for the category beats one for any category; ties go to the lowest id. No match: the central queue.
    /// </summary>
    public static RoutingDecision Route(IEnumerable<RoutingRule> rules, string categoryCode, string? districtCode, string? subdistrictCode, int centralQueueAgencyId)
    {
        RoutingRule? best = null;
        var bestScore = -1;
        foreach (var rule in rules)
        {
            if (rule.CategoryCode is not null && rule.CategoryCode != categoryCode)
            {
                continue;
            }

            var areaScore = rule.AreaCode switch
            {
                null => 0,
                { Length: 6 } when rule.AreaCode == subdistrictCode => 2,
                { Length: 4 } when rule.AreaCode == districtCode => 1,
                _ => -1,
            };
            if (areaScore < 0)
            {
                continue;
            }

            var score = (areaScore * 2) + (rule.CategoryCode is null ? 0 : 1);
            if (score > bestScore || (score == bestScore && rule.Id < best!.Id))
            {
                best = rule;
                bestScore = score;
            }
        }

        return best is null ? new RoutingDecision(centralQueueAgencyId, null, CentralQueue: true) : new RoutingDecision(best.AgencyId, best.Id, CentralQueue: false);
    }
}
