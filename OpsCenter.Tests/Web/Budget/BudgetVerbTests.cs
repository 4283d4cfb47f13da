using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Budget;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Web.Cli;

namespace OpsCenter.Tests.Web.Budget;

public sealed class BudgetVerbTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private ICliVerb Verb(string second) => app.Services.CreateScope().ServiceProvider.GetServices<ICliVerb>().Single(v => v.Words.SequenceEqual(["import", second]));

    [Fact]
    public async Task ImportProjects_PrintsTheValidationReport_AndKeepsTheGoodRows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"projects-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "code,name_th,sector,owner_agency,area_codes,fiscal_year,source,requested\n"
            + "CLI-1,ถนนสายใหม่,infrastructure,SRB-DOH,1904,2571,ministry,3000000\n"
            + "CLI-2,ไม่มีหน่วยงาน,infrastructure,SRB-NONE,1904,2571,ministry,1\n");
        var output = new StringWriter();
        try
        {
            var exit = await Verb("projects").RunAsync([file, "19"], output, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Contains("Accepted: 1", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("row 3, owner_agency", output.ToString(), StringComparison.Ordinal);
            await using var db = DbContexts.For(app.Database);
            Assert.True(await db.Set<Project>().AnyAsync(p => p.Code == "CLI-1"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ImportVerbs_WrongArguments_PrintUsage()
    {
        var output = new StringWriter();
        Assert.Equal(2, await Verb("projects").RunAsync(["only-a-file.csv"], output, CancellationToken.None));
        Assert.Equal(2, await Verb("indicator").RunAsync(["tpmap-poor"], output, CancellationToken.None));
        Assert.Contains("usage: import projects", output.ToString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ImportIndicator_TpmapDefaults_ReadTheRealFile()
    {
        var output = new StringWriter();
        var exit = await Verb("indicator").RunAsync(["tpmap-poor", SharedData.PathOf("stats/tpmap_2561_province_poor_counts.csv")], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Accepted: 1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Outside this installation's provinces (skipped): 75", output.ToString(), StringComparison.Ordinal);
    }
}
