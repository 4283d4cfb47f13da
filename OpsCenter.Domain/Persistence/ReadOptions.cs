namespace OpsCenter.Domain.Persistence;

/// <summary>Bound from "Database:Read"; the read connection itself is ConnectionStrings:OpsCenterRead.</summary>
public sealed class ReadOptions
{
    public const string Section = "Database:Read";

    public const string ConnectionStringName = "OpsCenterRead";

    /// <summary>How long a read waits for the standby to replay what the primary had when the read began before it reads the primary instead.</summary>
    public TimeSpan MaxReplicaWait { get; set; } = TimeSpan.FromSeconds(1);
}
