namespace OpsCenter.Domain.Security.Tokens;

/// <summary>
/// A credential an administrator issues to one person for their agency's own systems: it acts as that person, with
/// their roles and agency, as long as the person's account is enabled. Only its SHA-256 hash is stored; the secret is
/// shown once. Revocable; it expires so a forgotten integration does not keep working for ever.
/// </summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>What it is for ("ระบบงานสารบรรณ กองช่าง"), so an admin can tell tokens apart.</summary>
    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    public required string TokenPrefix { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}

/// <summary>A new token with its secret, which is never stored and never shown again.</summary>
public sealed record IssuedAccessToken(int Id, string Name, string Prefix, DateTime ExpiresAt, string Secret);
