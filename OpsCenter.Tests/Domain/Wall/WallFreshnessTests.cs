using Microsoft.Extensions.Configuration;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Tests.Domain.Wall;

public sealed class WallFreshnessTests
{
    private static readonly DateTime ComputedAt = new(2026, 12, 5, 19, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(30, 89, false)]
    [InlineData(30, 91, true)]
    [InlineData(5, 59, false)]
    [InlineData(5, 61, true)]
    public void IsStale_AfterThreeMissedRefreshes_NeverUnderAMinute(int refreshSeconds, int ageSeconds, bool expected)
    {
        Assert.Equal(expected, WallFreshness.IsStale(ComputedAt, ComputedAt.AddSeconds(ageSeconds), TimeSpan.FromSeconds(refreshSeconds)));
    }

    [Theory]
    // 03:00 Bangkok is 20:00 UTC the day before.
    [InlineData("2026-12-05T19:59:00Z", "2026-12-05T20:00:00Z")]
    [InlineData("2026-12-05T20:00:00Z", "2026-12-06T20:00:00Z")]
    [InlineData("2026-12-05T21:30:00Z", "2026-12-06T20:00:00Z")]
    [InlineData("2026-12-31T19:00:00Z", "2026-12-31T20:00:00Z")]
    [InlineData("2028-02-28T20:30:00Z", "2028-02-29T20:00:00Z")]
    public void NextQuietRefresh_IsTheNextThreeOClockInBangkok(string now, string expected)
    {
        var next = WallFreshness.NextQuietRefresh(DateTime.Parse(now).ToUniversalTime(), TimeSpan.FromHours(3));

        Assert.Equal(DateTime.Parse(expected).ToUniversalTime(), next);
        Assert.Equal(DateTimeKind.Utc, next!.Value.Kind);
    }

    [Fact]
    public void NextQuietRefresh_Off_WhenUnsetOrNotATimeOfDay()
    {
        Assert.Null(WallFreshness.NextQuietRefresh(ComputedAt, null));
        Assert.Null(WallFreshness.NextQuietRefresh(ComputedAt, TimeSpan.FromHours(25)));
        Assert.Null(WallFreshness.NextQuietRefresh(ComputedAt, TimeSpan.FromMinutes(-1)));
    }

    [Theory]
    [InlineData(null, "03:00:00")]
    [InlineData("04:30", "04:30:00")]
    [InlineData("", null)]
    public void QuietRefreshAt_BindsFromConfiguration_AndAnEmptyValueTurnsItOff(string? setting, string? expected)
    {
        var values = new Dictionary<string, string?>();
        if (setting is not null)
        {
            values["Wall:QuietRefreshAt"] = setting;
        }

        var options = new WallOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(WallOptions.Section).Bind(options);

        Assert.Equal(expected is null ? null : TimeSpan.Parse(expected), options.QuietRefreshAt);
    }
}
