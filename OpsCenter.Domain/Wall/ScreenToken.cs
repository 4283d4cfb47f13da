namespace OpsCenter.Domain.Wall;

/// <summary>
/// A credential for one television: read-only, bound to a province, no expiry, revocable. Only its SHA-256 hash is
/// stored; the secret is shown once, when it is created. It names a place ("ห้องประชุมชั้น 2"), never a person.
/// </summary>
public sealed class ScreenToken
{
    public int Id { get; set; }

    public required string ProvinceCode { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The first characters of the secret, so an admin can tell tokens apart without seeing them.</summary>
    public required string TokenPrefix { get; set; }

    /// <summary>The screen the television opens on; null lets it show the list.</summary>
    public int? ScreenId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastSeenAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>Who is on the other end of a screen-token request: a place in a province, nothing personal.</summary>
public sealed record ScreenIdentity(int TokenId, string ProvinceCode, string Name, int? ScreenId);

/// <summary>A new token with its secret, which is never stored and never shown again.</summary>
public sealed record IssuedScreenToken(ScreenToken Token, string Secret);
