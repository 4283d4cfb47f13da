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
}
