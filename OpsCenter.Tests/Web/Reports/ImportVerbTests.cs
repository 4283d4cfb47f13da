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

        var rejections = Path.Combine(Path.GetTempPath(), "opscenter-tests", $"rejections-{Guid.NewGuid():N}.csv");
        var (firstCode, first) = await AppProcess.RunVerbAsync(environment, "import", "traffy", file, "--rejections", rejections);
        var (secondCode, second) = await AppProcess.RunVerbAsync(environment, "import", "traffy", file);

        Assert.True(firstCode == 0, first);
        Assert.Contains($"Accepted (new): {inside}", first, StringComparison.Ordinal);
        Assert.Contains("Rejected: " + (1000 - inside), first, StringComparison.Ordinal);
        Assert.Contains("not this installation's: กรุงเทพมหานคร", first, StringComparison.Ordinal);

        // Every rejected row is in the file, with its row number and reason, not a first few.
        var lines = File.ReadAllLines(rejections).Skip(1).Where(l => l.Contains(",rejected,", StringComparison.Ordinal)).ToList();
        Assert.Equal(1000 - inside, lines.Count);
        Assert.Contains(lines, l => l.Contains("No ticket_id", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("which this system does not serve", StringComparison.Ordinal));
        Assert.Equal(0, secondCode);
        Assert.Contains("Accepted (new): 0", second, StringComparison.Ordinal);
        Assert.Contains($"Unchanged: {inside}", second, StringComparison.Ordinal);
    }
}
