namespace OpsCenter.Domain.Proposals;

/// <summary>Bound from "Proposals".</summary>
public sealed class ProposalOptions
{
    public const string Section = "Proposals";

    /// <summary>
    /// Secret for the keyed hashes of phone numbers and client addresses. Set it in production (outside the database), so
    /// that a copy of the database alone cannot recover phone numbers by hashing every possible number; when unset, one is
    /// generated and kept in app_settings.
    /// </summary>
    public string? HashKey { get; set; }

    /// <summary>Supports one network address may give per hour.</summary>
    public int SupportsPerClientPerHour { get; set; } = 20;

    /// <summary>Supports one phone number or account may give per day, over all proposals.</summary>
    public int SupportsPerPersonPerDay { get; set; } = 10;

    /// <summary>Proposals one network address may submit per day.</summary>
    public int ProposalsPerClientPerDay { get; set; } = 5;
}

/// <summary>The rate-limit rule: how many actions are still allowed in the window, given how many were taken.</summary>
public static class RateLimit
{
    public static bool Allows(int takenInWindow, int limit) => limit <= 0 || takenInWindow < limit;
}
