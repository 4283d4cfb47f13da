using OpsCenter.Web.Cli;

namespace OpsCenter.Tests.Web.Operations;

public sealed class CliCommandTests
{
    [Fact]
    public void Parse_SplitsVerbWordsFromHostOptions()
    {
        var command = CliCommand.Parse(["import", "traffy", "a b.csv", "--Database:Provider", "Postgres", "--urls=http://x"]);

        Assert.Equal("import traffy a b.csv", command.Verb);
        Assert.Equal(["--Database:Provider", "Postgres", "--urls=http://x"], command.HostArguments);
    }

    [Fact]
    public void Parse_VerbOptions_StayWithTheVerb()
    {
        var command = CliCommand.Parse(["import", "traffy", "a.csv", "--rejections", "out.csv", "--Database:Provider", "Postgres"]);

        Assert.Equal(["import", "traffy", "a.csv", "--rejections", "out.csv"], command.Words);
        Assert.Equal(["--Database:Provider", "Postgres"], command.HostArguments);
    }

    [Fact]
    public void Parse_NoVerb_PassesEverythingToHost()
    {
        var command = CliCommand.Parse(["--urls", "http://127.0.0.1:5080"]);

        Assert.Null(command.Verb);
        Assert.Equal(2, command.HostArguments.Length);
    }
}
