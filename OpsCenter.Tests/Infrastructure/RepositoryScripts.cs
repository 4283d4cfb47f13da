using System.Diagnostics;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>Runs a script of the repository's <c>scripts/</c> folder (private PostgreSQL clusters, replicas, instances).</summary>
public static class RepositoryScripts
{
    public static string Root
    {
        get
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "scripts", "postgres-private.sh")))
            {
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("scripts/ not found above the test binaries");
            }

            return root;
        }
    }

    /// <summary>Runs it to completion; fails the test with its standard error on a non-zero exit; returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(Root, "scripts", script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', arguments)}: {await stderr}");
        return (await stdout).Trim();
    }
}
