namespace OpsCenter.Tests.Infrastructure;

/// <summary>A clock tests move by hand (Microsoft.Extensions.TimeProvider.Testing does not restore here).</summary>
public sealed class ManualClock(DateTime utcNow) : TimeProvider
{
    private DateTime _now = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);

    public override DateTimeOffset GetUtcNow() => new(_now);

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTime utc) => _now = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
}
