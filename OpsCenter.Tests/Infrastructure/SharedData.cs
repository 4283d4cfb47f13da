namespace OpsCenter.Tests.Infrastructure;

/// <summary>The real public data in ../shared/data, read in place (never copied into the repository).</summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    public const string MissingMessage = "../shared/data is not present on this machine; the tests that read the real public data files skip.";

    public static string PathOf(string relative) => Path.Combine(Root ?? throw new InvalidOperationException(MissingMessage), relative);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("OPSCENTER_SHARED_DATA") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared/data and skips with a clear message where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that needs ../shared/data and skips with a clear message where it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
