using SkiaSharp;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>Real, decodable photos for tests (intake decodes and re-encodes every photo, so magic bytes alone are refused).</summary>
public static class TestPhotos
{
    public static byte[] Png(int width = 32, int height = 24) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width = 32, int height = 24) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkOrange);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
