using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Proposals;

/// <summary>
/// Turns a phone number, an account or a network address into a keyed hash (HMAC-SHA256), so support can be counted once
/// per person and rate limited per client while the number or address itself is never stored.
/// </summary>
public sealed class SupporterKeys(IDbContextFactory<OpsDbContext> dbFactory, IOptions<ProposalOptions> options)
{
    public const string GeneratedKeySetting = "proposals.hash_key";

    private byte[]? _key;

    public async Task<string> ForPhoneAsync(string normalizedPhone, CancellationToken ct = default) => "phone:" + await HashAsync(normalizedPhone, ct);

    public async Task<string> ForUserAsync(string userId, CancellationToken ct = default) => "user:" + await HashAsync(userId, ct);

    public async Task<string?> ForClientAsync(string? address, CancellationToken ct = default) =>
        string.IsNullOrEmpty(address) ? null : "client:" + await HashAsync(address, ct);

    private async Task<string> HashAsync(string value, CancellationToken ct)
    {
        var key = _key ??= await LoadKeyAsync(ct);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)))[..48];
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.Value.HashKey))
        {
            return Encoding.UTF8.GetBytes(options.Value.HashKey);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.Set<AppSetting>().Where(s => s.Key == GeneratedKeySetting).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            db.Add(new AppSetting { Key = GeneratedKeySetting, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance generated it first; use theirs.
            }

            await using var again = await dbFactory.CreateDbContextAsync(ct);
            stored = await again.Set<AppSetting>().Where(s => s.Key == GeneratedKeySetting).Select(s => s.Value).FirstAsync(ct);
        }

        return Convert.FromBase64String(stored);
    }
}
