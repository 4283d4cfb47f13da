namespace OpsCenter.Tests.Infrastructure;

/// <summary>The screens the product is used on: a citizen's phone, an official's desk, the decision centre's walls.</summary>
public sealed record Display(string Name, int Width, int Height)
{
    public static readonly Display Phone = new("phone", 390, 844);
    public static readonly Display Desk = new("desk", 1920, 1080);
    public static readonly Display Wall = new("wall", 1920, 1080);
    public static readonly Display Wall4K = new("wall-4k", 3840, 2160);

    public bool IsPhone => Width < 600;

    public override string ToString() => Name;
}
