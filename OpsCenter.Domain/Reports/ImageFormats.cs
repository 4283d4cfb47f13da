namespace OpsCenter.Domain.Reports;

/// <summary>Recognises photos by their first bytes; a name or a declared content type proves nothing.</summary>
public static class ImageFormats
{
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>"image/jpeg", "image/png", or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return "image/jpeg";
        }

        return data.Length >= Png.Length && data[..Png.Length].SequenceEqual(Png) ? "image/png" : null;
    }
}
