using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// Unforgeable keys derived from an installation secret: the reporter's key (shown once with the tracking number; it
/// lets the reporter reopen) and the signature in a photo's public link. Derived, not stored, so an idempotent replay
/// answers with the same key and every app instance agrees.
/// </summary>
public sealed class ReporterKeys(IDbContextFactory<OpsDbContext> dbFactory)
{
    private const string SettingKey = "reports.key_secret";
    private byte[]? _secret;

    public async Task<string> ReporterKeyAsync(string trackingNumber, CancellationToken cancellationToken = default) =>
        Sign("reporter:" + trackingNumber, await SecretAsync(cancellationToken), 12);

    public async Task<bool> IsReporterKeyAsync(string trackingNumber, string? key, CancellationToken cancellationToken = default) =>
        key is { Length: 12 } && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(await ReporterKeyAsync(trackingNumber, cancellationToken)), Encoding.ASCII.GetBytes(key.ToUpperInvariant()));

    public async Task<string> PhotoSignatureAsync(long photoId, CancellationToken cancellationToken = default) =>
        Sign("photo:" + photoId.ToString(System.Globalization.CultureInfo.InvariantCulture), await SecretAsync(cancellationToken), 16);

    public async Task<bool> IsPhotoSignatureAsync(long photoId, string? signature, CancellationToken cancellationToken = default) =>
        signature is { Length: 16 } && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(await PhotoSignatureAsync(photoId, cancellationToken)), Encoding.ASCII.GetBytes(signature));

    private static string Sign(string message, byte[] secret, int length)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(mac).Replace('+', 'X').Replace('/', 'Y').Replace("=", "", StringComparison.Ordinal).ToUpperInvariant()[..length];
    }

    private async Task<byte[]> SecretAsync(CancellationToken ct)
    {
        if (_secret is { } cached)
        {
            return cached;
        }

        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var stored = await db.Set<AppSetting>().AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
            if (stored is not null)
            {
                return _secret = Convert.FromBase64String(stored);
            }

            db.Add(new AppSetting { Key = SettingKey, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance created it first; read theirs.
            }
        }
    }
}
