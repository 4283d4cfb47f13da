using OpsCenter.Web;
using OpsCenter.Web.Cli;
using OpsCenter.Web.Features.Operations;

try
{
    var command = CliCommand.Parse(args);
    var builder = WebApplication.CreateBuilder(command.HostArguments);
    builder.AddOpsWeb();

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    if (command.Verb is not null)
    {
        return await CliVerbs.RunAsync(app, command);
    }

    app.UseOpsWeb();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not OperationCanceledException and not Microsoft.Extensions.Hosting.HostAbortedException)
{
    // An operator reads one line and an exit code, not a stack trace (docs/operations.md lists the codes).
    var (line, exitCode) = StartupFailure.Describe(exception);
    await Console.Error.WriteLineAsync(line);
    return exitCode;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
