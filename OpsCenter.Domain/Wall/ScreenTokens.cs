using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Wall;

/// <summary>
/// Issues, checks and revokes screen tokens. Checks are cached for a minute; a revocation is an event, so every instance
/// drops the token from its cache and closes the screens using it at once.
/// </summary>
public sealed class ScreenTokens : IDisposable
{
    public const string SecretPrefix = "ops_scr_";

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(10);

    private readonly IDbContextFactory<OpsDbContext> _dbFactory;
    private readonly IOpsEventBus _bus;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (ScreenIdentity? Identity, DateTime CheckedAt)> _cache = new();
    private readonly ConcurrentDictionary<int, DateTime> _lastSeenWritten = new();
    private readonly KeyedWatchers<int, int> _revocationWatchers = new();
    private readonly IDisposable _subscription;

    public ScreenTokens(IDbContextFactory<OpsDbContext> dbFactory, IOpsEventBus bus, TimeProvider time)
    {
        _dbFactory = dbFactory;
        _bus = bus;
        _time = time;
        _subscription = bus.Subscribe(OnEventAsync, nameof(ScreenTokens));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksLikeSecret(string? text) => text is { Length: > 20 and < 100 } && text.StartsWith(SecretPrefix, StringComparison.Ordinal);

    /// <summary>A new screen token of the administrator's province; null for anyone else.</summary>
    public async Task<IssuedScreenToken?> CreateAsync(string name, int? screenId, Actor admin, CancellationToken ct = default)
    {
        if (!WallPolicy.CanAdminister(admin) || admin.ProvinceCode is not { } provinceCode)
        {
            return null;
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ScreenToken
        {
            ProvinceCode = provinceCode,
            Name = name.Trim(),
            TokenHash = Hash(secret),
            TokenPrefix = secret[..(SecretPrefix.Length + 4)],
            ScreenId = screenId,
            CreatedAt = _time.GetUtcNow().UtcDateTime,
            CreatedByUserId = admin.UserId,
        };
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedScreenToken(token, secret);
    }

    public async Task<IReadOnlyList<ScreenToken>> ListAsync(Actor admin, CancellationToken ct = default)
    {
        if (!WallPolicy.CanAdminister(admin))
        {
            return [];
        }

        var provinceCode = admin.ProvinceCode;
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ScreenToken>().AsNoTracking()
            .Where(t => t.ProvinceCode == provinceCode)
            .OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt)
            .ToListAsync(ct);
    }

    /// <summary>Revokes a token of the province; false when there is no such live token.</summary>
    public async Task<bool> RevokeAsync(int tokenId, Actor admin, CancellationToken ct = default)
    {
        if (!WallPolicy.CanAdminister(admin))
        {
            return false;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var token = await db.Set<ScreenToken>().FirstOrDefaultAsync(t => t.Id == tokenId && t.ProvinceCode == admin.ProvinceCode && t.RevokedAt == null, ct);
        if (token is null)
        {
            return false;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        token.RevokedAt = now;
        db.Record(new OpsEvent(WallEvents.TokenRevoked, token.ProvinceCode, tokenId.ToString(CultureInfo.InvariantCulture), now));
        await db.SaveAndPublishAsync(_bus, ct);
        Forget(tokenId);
        return true;
    }

    /// <summary>The screen behind a secret, or null when it is unknown or revoked.</summary>
    public async Task<ScreenIdentity?> ValidateAsync(string? secret, CancellationToken ct = default)
    {
        if (!LooksLikeSecret(secret))
        {
            return null;
        }

        var hash = Hash(secret!);
        var now = _time.GetUtcNow().UtcDateTime;
        if (_cache.TryGetValue(hash, out var cached) && now - cached.CheckedAt < CacheLifetime)
        {
            return cached.Identity;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var identity = await db.Set<ScreenToken>().AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => new ScreenIdentity(t.Id, t.ProvinceCode, t.Name, t.ScreenId))
            .FirstOrDefaultAsync(ct);
        _cache[hash] = (identity, now);
        if (identity is not null && (!_lastSeenWritten.TryGetValue(identity.TokenId, out var written) || now - written >= LastSeenResolution))
        {
            // Coarse on purpose: enough for "which televisions are alive", without a write per page load.
            _lastSeenWritten[identity.TokenId] = now;
            await db.Set<ScreenToken>().Where(t => t.Id == identity.TokenId).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastSeenAt, now), ct);
        }

        return identity;
    }

    /// <summary>Calls <paramref name="onRevoked"/> once if the token is revoked, on any instance, until the result is disposed.</summary>
    public IDisposable WatchRevocation(int tokenId, Action onRevoked)
    {
        return _revocationWatchers.Watch(tokenId, _ => onRevoked());
    }

    private Task OnEventAsync(OpsEvent opsEvent, CancellationToken ct)
    {
        if (opsEvent.Kind != WallEvents.TokenRevoked || !int.TryParse(opsEvent.SubjectId, CultureInfo.InvariantCulture, out var tokenId))
        {
            return Task.CompletedTask;
        }

        Forget(tokenId);
        _revocationWatchers.NotifyAndForget(tokenId, tokenId);

        return Task.CompletedTask;
    }

    private void Forget(int tokenId)
    {
        foreach (var (hash, entry) in _cache)
        {
            if (entry.Identity?.TokenId == tokenId)
            {
                _cache.TryRemove(hash, out _);
            }
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => _subscription.Dispose();
}
