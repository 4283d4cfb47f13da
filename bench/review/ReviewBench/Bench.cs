namespace WallBench;

/// <summary>What the shared <see cref="AppInstance"/> needs from its benchmark: the demo accounts' password.</summary>
internal static class Bench
{
    public const string Password = "Bench-Password-2569!";
}
