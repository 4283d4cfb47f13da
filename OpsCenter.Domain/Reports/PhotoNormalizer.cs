using OpsCenter.Domain.Common;
using SkiaSharp;

namespace OpsCenter.Domain.Reports;

/// <summary>
/// A citizen's photo is decoded and written anew as a JPEG: what is stored is an image whatever the upload claimed, its
/// EXIF block (GPS position, camera serial: personal data under the PDPA) does not survive, and its size is bounded.
/// </summary>
public static class PhotoNormalizer
{
    /// <summary>Longest side kept; a phone's 4000 px photo is scaled down, which also bounds what the pages download.</summary>
    public const int MaxSide = 2560;

    /// <summary>Refused before decoding: a small file can declare a huge canvas (a "decompression bomb").</summary>
    public const long MaxSourcePixels = 60_000_000;

    public const int JpegQuality = 85;

    public sealed record Result(byte[]? Jpeg, FieldError? Error);

    public static Result Normalize(byte[] data)
    {
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png))
        {
            return Fail("รองรับเฉพาะรูปภาพ JPEG หรือ PNG ที่เปิดได้", "Only JPEG or PNG photos that can be opened are accepted");
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxSourcePixels)
        {
            return Fail("รูปภาพมีขนาดพิกเซลใหญ่เกินไป", "The photo has too many pixels");
        }

        using var decoded = SKBitmap.Decode(codec, info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null)
        {
            return Fail("ไฟล์รูปภาพเสียหาย เปิดไม่ได้", "The photo is damaged and cannot be opened");
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var sized = Fit(upright);
        using var image = SKImage.FromBitmap(sized);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return jpeg is null ? Fail("บันทึกรูปภาพไม่ได้", "The photo could not be re-encoded") : new Result(jpeg.ToArray(), null);
    }

    private static Result Fail(string thai, string english) => new(null, new FieldError("photo", thai, english));

    /// <summary>Phones store portrait photos sideways with an EXIF turn; the turn goes with the EXIF, so apply it.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (turn, flip) = origin switch
        {
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.RightTop => (90, false),
            SKEncodedOrigin.LeftBottom => (270, false),
            SKEncodedOrigin.TopRight => (0, true),
            SKEncodedOrigin.BottomLeft => (180, true),
            SKEncodedOrigin.LeftTop => (90, true),
            SKEncodedOrigin.RightBottom => (270, true),
            _ => (0, false),
        };
        var sideways = turn is 90 or 270;
        var result = new SKBitmap(sideways ? source.Height : source.Width, sideways ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(turn);
        if (flip)
        {
            canvas.Scale(-1, 1);
        }

        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }

    private static SKBitmap Fit(SKBitmap source)
    {
        var longest = Math.Max(source.Width, source.Height);
        if (longest <= MaxSide)
        {
            return source.Copy();
        }

        var scale = (double)MaxSide / longest;
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)), source.ColorType, source.AlphaType);
        return source.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? source.Copy();
    }
}
