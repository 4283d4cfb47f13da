using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;
using SkiaSharp;

namespace OpsCenter.Tests.Domain.Operations;

public sealed class PhotoNormalizerTests
{
    [Fact]
    public void SixBytesThatStartLikeAJpeg_AreRefused()
    {
        var result = PhotoNormalizer.Normalize([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);

        Assert.Null(result.Jpeg);
        Assert.Equal("photo", result.Error!.Field);
    }

    [Fact]
    public void ExifBlock_WithItsGpsPosition_DoesNotSurvive()
    {
        var jpeg = TestPhotos.Jpeg(64, 48);
        // An APP1 "Exif" segment right after the start-of-image marker, as cameras write it, carrying a canary.
        var payload = "Exif\0\0GPS-CANARY-14.5301N-100.9100E"u8.ToArray();
        var length = payload.Length + 2;
        var withExif = jpeg[..2].Concat(new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }).Concat(payload).Concat(jpeg[2..]).ToArray();
        Assert.Contains("GPS-CANARY", System.Text.Encoding.ASCII.GetString(withExif), StringComparison.Ordinal);

        var result = PhotoNormalizer.Normalize(withExif);

        var text = System.Text.Encoding.ASCII.GetString(result.Jpeg!);
        Assert.DoesNotContain("GPS-CANARY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        using var decoded = SKBitmap.Decode(result.Jpeg);
        Assert.Equal((64, 48), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Png_BecomesAJpeg_AndABigPhotoIsScaledToTheLongestSide()
    {
        var result = PhotoNormalizer.Normalize(TestPhotos.Png(4000, 3000));

        Assert.Equal("image/jpeg", ImageFormats.Detect(result.Jpeg));
        using var decoded = SKBitmap.Decode(result.Jpeg);
        Assert.Equal((PhotoNormalizer.MaxSide, 1920), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void ATinyFileDeclaringAHugeCanvas_IsRefusedBeforeDecoding()
    {
        var png = TestPhotos.Png(8, 8);
        // Rewrite the IHDR width and height (bytes 16–23) to 100,000 × 100,000 and fix its CRC.
        png[16..24].AsSpan().Clear();
        BitConverterBigEndian(png, 16, 100_000);
        BitConverterBigEndian(png, 20, 100_000);
        var crc = Crc32(png.AsSpan(12, 17));
        BitConverterBigEndian(png, 29, unchecked((int)crc));

        var result = PhotoNormalizer.Normalize(png);

        Assert.Null(result.Jpeg);
        Assert.Contains("pixels", result.Error!.English, StringComparison.Ordinal);
    }

    /// <summary>PNG's chunk checksum (CRC-32, polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void BitConverterBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
