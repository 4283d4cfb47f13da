namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>The budget feature's demo data beyond the projects themselves: the plan around them, then citizen proposals.</summary>
internal static class DemoBudgetPlans
{
    public static async Task SeedAsync(OpsDbContext db, ProvinceFacts facts, string prefix, Random random, DateTime now, CancellationToken ct)
    {
        await DemoPlans.SeedAsync(db, facts, prefix, random, now, ct);
        await DemoProposals.SeedAsync(db, facts, prefix, random, now, ct);
    }
}
