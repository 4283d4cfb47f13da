using OpsCenter.Web;
using OpsCenter.Web.Cli;

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

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
