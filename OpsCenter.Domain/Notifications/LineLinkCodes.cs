using System.Security.Cryptography;
using System.Text;

namespace OpsCenter.Domain.Notifications;

/// <summary>The link code's form and LINE's webhook signature: pure functions, tested on their own.</summary>
public static class LineLinkCodes
{
    /// <summary>No 0/O, 1/I/L: a code is read off a screen and typed into a phone.</summary>
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const string Prefix = "OPS-";

    /// <summary>"OPS-" and 8 letters (about 40 bits): unguessable within its lifetime, short enough to type.</summary>
    public static string NewCode()
    {
        var letters = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"{Prefix}{new string(letters, 0, 4)}-{new string(letters, 4, 4)}";
    }

    /// <summary>What people send varies (spaces, lower case, no dashes, the prefix left off); the code is its letters.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null || text.Length > 64)
        {
            return null;
        }

        var letters = new string([.. text.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        if (letters.StartsWith("OPS", StringComparison.Ordinal))
        {
            letters = letters[3..];
        }

        return letters.Length == 8 && letters.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? letters : null;
    }

    public static string Hash(string normalised) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));

    /// <summary>LINE's x-line-signature: base64 of HMAC-SHA256 of the raw body with the channel secret, compared in constant time.</summary>
    public static bool SignatureIsValid(ReadOnlySpan<byte> body, string? signature, string channelSecret)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, given, out var length) || length != 32)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }

    public static string Sign(ReadOnlySpan<byte> body, string channelSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));
}
