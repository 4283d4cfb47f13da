using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>Partner api_keys for Open311 POSTs. Only a SHA-256 of each key is stored; a key is shown once, when it is made.</summary>
public sealed class Open311Partners(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    public static string NewKey() => "o311_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public async Task<Open311Partner?> FindAsync(string? apiKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(apiKey) || apiKey.Length > 200)
        {
            return null;
        }

        var hash = Hash(apiKey);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Open311Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.KeyHash == hash && p.IsActive, cancellationToken);
    }

    /// <summary>Registers a partner with the given key (or a new one); returns the key.</summary>
    public async Task<string> AddAsync(string name, string provinceCode, string? key = null, CancellationToken cancellationToken = default)
    {
        key ??= NewKey();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(new Open311Partner { Name = name, ProvinceCode = provinceCode, KeyHash = Hash(key), CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
