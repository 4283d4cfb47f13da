using Npgsql;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Web.Operations;

/// <summary>
/// The published app started with a database it cannot use: bad configuration exits at once with one line and exit
/// code 3; a database that does not answer is waited for, one line per attempt, then exit code 4; never a stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    public static TheoryData<string, string, string, string> BadConfigurations => new()
    {
        { "Postgres", "Host=127.0.0.1;Port={port};Username=no_such_role_xyz;Database=postgres;Timeout=5", "the database rejected the user name or password", "no such role" },
        { "Postgres", "Host=127.0.0.1;Port={port};Username={user};Database=no_such_database_xyz;Timeout=5", "the database does not exist", "no such database" },
        { "Sqlite", "Data Source=/proc/no-such-folder/opscenter.db", "cannot be opened", "unwritable folder" },
        { "Oracle", "Data Source=x", "Database:Provider", "unknown provider" },
    };

    [PublishedAppTheory]
    [MemberData(nameof(BadConfigurations))]
    public async Task BadConfiguration_ExitsWithOneLineAndCode3(string provider, string connectionString, string expected, string why)
    {
        if (provider == "Postgres" && !PostgresServer.IsConfigured)
        {
            return;
        }

        var server = PostgresServer.IsConfigured ? new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) : null;
        var (exitCode, output) = await AppProcess.RunVerbAsync(Settings(provider,
            connectionString.Replace("{port}", server?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{user}", server?.Username, StringComparison.Ordinal)));

        Assert.True(exitCode == 3, $"{why}: exit code {exitCode}\n{output}");
        AssertOneLineNoStack(output, expected);
    }

    [PublishedAppFact]
    public async Task DatabaseThatDoesNotAnswer_IsWaitedFor_ThenExitCode4()
    {
        var port = AppProcess.FreePort();
        var settings = Settings("Postgres", $"Host=127.0.0.1;Port={port};Username=x;Database=x;Timeout=2");
        settings["Database__StartupWait"] = "00:00:08";
        settings["Database__StartupMaxBackoff"] = "00:00:02";

        var (exitCode, output) = await AppProcess.RunVerbAsync(settings);

        Assert.True(exitCode == 4, $"exit code {exitCode}\n{output}");
        var waiting = output.Split('\n').Count(l => l.StartsWith("OpsCenter is waiting for the database: connection refused (attempt ", StringComparison.Ordinal));
        Assert.True(waiting is >= 1 and <= 6, $"{waiting} waiting lines:\n{output}");
        AssertOneLineNoStack(output, "still unavailable");
    }

    private static Dictionary<string, string> Settings(string provider, string connectionString) => new()
    {
        ["Database__Provider"] = provider,
        ["ConnectionStrings__OpsCenter"] = connectionString,
        ["Demo__Password"] = OpsAppFactory.DemoPassword,
    };

    private static void AssertOneLineNoStack(string output, string expected)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('{')).ToList(); // the JSON log lines are the app's log, not the operator's message
        var verdict = lines.LastOrDefault() ?? "";
        Assert.StartsWith("OpsCenter cannot start: ", verdict, StringComparison.Ordinal);
        Assert.Contains(expected, verdict, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }
}
