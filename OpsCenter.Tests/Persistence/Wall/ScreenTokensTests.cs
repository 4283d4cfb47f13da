using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Wall;

public sealed class ScreenTokensTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IssuedToken_Validates_UntilRevoked_AndRevocationReachesWatchers(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var tokens = app.Services.GetRequiredService<ScreenTokens>();

        var issued = await tokens.CreateAsync("19", "ทีวีห้องประชุม", null, null);
        var identity = await tokens.ValidateAsync(issued.Secret);

        Assert.NotNull(identity);
        Assert.Equal("19", identity.ProvinceCode);
        Assert.StartsWith(ScreenTokens.SecretPrefix, issued.Secret, StringComparison.Ordinal);
        Assert.NotEqual(issued.Secret, issued.Token.TokenHash);
        Assert.DoesNotContain(issued.Secret, issued.Token.TokenPrefix + "x", StringComparison.Ordinal);

        var revoked = 0;
        using var watch = tokens.WatchRevocation(identity.TokenId, () => Interlocked.Increment(ref revoked));
        Assert.False(await tokens.RevokeAsync(identity.TokenId, "13"));
        Assert.True(await tokens.RevokeAsync(identity.TokenId, "19"));

        await OpsEventBusTests.Until(() => Volatile.Read(ref revoked) == 1);
        Assert.Null(await tokens.ValidateAsync(issued.Secret));
        Assert.False(await tokens.RevokeAsync(identity.TokenId, "19"));
        Assert.True((await tokens.ListAsync("19")).Single(t => t.Id == identity.TokenId).IsRevoked);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("ops_scr_thisTokenWasNeverIssuedByAnyone")]
    public async Task UnknownOrMalformedSecret_DoesNotValidate(string? secret)
    {
        await using var app = await OutboxRelayTests.StartAsync(DatabaseProvider.Sqlite);

        Assert.Null(await app.Services.GetRequiredService<ScreenTokens>().ValidateAsync(secret));
    }
}
