namespace OpsCenter.Domain.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the "Database" section; the connection string comes from ConnectionStrings:OpsCenter.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up (on by default; a deployment that migrates separately turns it off).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long start-up waits for a database that does not answer yet (it may be starting too) before giving up.</summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The longest pause between two start-up attempts; the pauses double from one second up to this.</summary>
    public TimeSpan StartupMaxBackoff { get; set; } = TimeSpan.FromSeconds(20);
}
