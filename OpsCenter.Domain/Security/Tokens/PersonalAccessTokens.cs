using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Security.Tokens;

/// <summary>Issues, checks and revokes personal access tokens; only a province's administrator issues them, for its own people.</summary>
public sealed class PersonalAccessTokens(IDbContextFactory<OpsDbContext> dbFactory, IAuditLog audit, TimeProvider time)
{
    public const string SecretPrefix = "ops_pat_";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksLikeSecret(string? text) => text is { Length: > 20 and < 100 } && text.StartsWith(SecretPrefix, StringComparison.Ordinal);

    /// <summary>A token for <paramref name="userName"/>; null when the issuer is no administrator of that person's province.</summary>
    public async Task<IssuedAccessToken?> IssueAsync(string userName, string name, Actor admin, CancellationToken ct = default)
    {
        if (!SecurityPolicy.CanAdminister(admin) || admin.ProvinceCode is not { } issuerProvince || string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return null;
        }

        var issuer = admin.ForAudit;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName && u.ProvinceCode == issuerProvince, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new PersonalAccessToken
        {
            UserId = user.Id,
            ProvinceCode = user.ProvinceCode,
            Name = name.Trim(),
            TokenHash = Hash(secret),
            TokenPrefix = secret[..(SecretPrefix.Length + 4)],
            CreatedAt = now,
            CreatedByUserId = issuer.UserId ?? "",
            ExpiresAt = now + Lifetime,
        };
        db.Add(token);
        audit.Add(db, issuer, AuditActions.AccessTokenIssued, "user", user.Id, user.ProvinceCode, $"{user.UserName}: {token.Name} ({token.TokenPrefix}…)");
        await db.SaveChangesAsync(ct);
        return new IssuedAccessToken(token.Id, token.Name, token.TokenPrefix, token.ExpiresAt, secret);
    }

    public async Task<bool> RevokeAsync(int tokenId, Actor admin, CancellationToken ct = default)
    {
        if (!SecurityPolicy.CanAdminister(admin))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.Set<PersonalAccessToken>().FirstOrDefaultAsync(t => t.Id == tokenId && t.ProvinceCode == admin.ProvinceCode && t.RevokedAt == null, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        audit.Add(db, admin.ForAudit, AuditActions.AccessTokenRevoked, "user", token.UserId, token.ProvinceCode, $"{token.Name} ({token.TokenPrefix}…)");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The person a live token speaks for, or null (unknown, revoked, expired, or the account is disabled).</summary>
    public async Task<OpsUser?> ValidateAsync(string? secret, CancellationToken ct = default)
    {
        if (!LooksLikeSecret(secret))
        {
            return null;
        }

        var hash = Hash(secret!);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.Set<PersonalAccessToken>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, ct);
        if (token is null || token.ExpiresAt <= now)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        await db.Set<PersonalAccessToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        return user;
    }
}
