using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Reports;

namespace OpsCenter.Tests.Web.Reports;

public sealed class ImportVerbTests
{
    [PublishedAppFact]
    public async Task ImportTraffyVerb_ReportsAcceptedAndRejectedRows_AndIsIdempotent()
    {
        if (SharedData.Root is null)
        {
            return;
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var environment = AppProcess.DatabaseSettings(database);
        var file = TraffyFiles.Relocated(TraffyFiles.Canonical);
        var inside = TraffyFiles.CountInsideWithId(file);

        var (firstCode, first) = await AppProcess.RunVerbAsync(environment, "import", "traffy", file);
        var (secondCode, second) = await AppProcess.RunVerbAsync(environment, "import", "traffy", file);

        Assert.True(firstCode == 0, first);
        Assert.Contains($"Accepted (new): {inside}", first, StringComparison.Ordinal);
        Assert.Contains("Rejected: " + (1000 - inside), first, StringComparison.Ordinal);
        Assert.Contains("outside the province: กรุงเทพมหานคร", first, StringComparison.Ordinal);
        Assert.Contains("No ticket_id", first, StringComparison.Ordinal);
        Assert.Equal(0, secondCode);
        Assert.Contains("Accepted (new): 0", second, StringComparison.Ordinal);
        Assert.Contains($"Unchanged: {inside}", second, StringComparison.Ordinal);
    }
}
