using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Wall;
using OpsCenter.Tests.Domain.Events;
using OpsCenter.Tests.Infrastructure;
using OpsCenter.Tests.Persistence.Events;

namespace OpsCenter.Tests.Persistence.Wall;

public sealed class ScreenTokensTests
{
    private static readonly Actor Admin = Actor.Staff("admin-1", "ผู้ดูแลระบบ", "19", null, OpsRoles.Admin);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IssuedToken_Validates_UntilRevoked_AndRevocationReachesWatchers(DatabaseProvider provider)
    {
        await using var app = await OutboxRelayTests.StartAsync(provider);
        var tokens = app.Services.GetRequiredService<ScreenTokens>();

        var issued = await tokens.CreateAsync("ทีวีห้องประชุม", null, Admin);
        Assert.Null(await tokens.CreateAsync("ทีวีห้องประชุม", null, Admin with { Roles = new HashSet<string> { OpsRoles.Official } }));
        Assert.NotNull(issued);
        var identity = await tokens.ValidateAsync(issued.Secret);

        Assert.NotNull(identity);
        Assert.Equal("19", identity.ProvinceCode);
        Assert.StartsWith(ScreenTokens.SecretPrefix, issued.Secret, StringComparison.Ordinal);
        Assert.NotEqual(issued.Secret, issued.Token.TokenHash);
        Assert.DoesNotContain(issued.Secret, issued.Token.TokenPrefix + "x", StringComparison.Ordinal);

        var revoked = 0;
        using var watch = tokens.WatchRevocation(identity.TokenId, () => Interlocked.Increment(ref revoked));
        Assert.False(await tokens.RevokeAsync(identity.TokenId, Admin with { ProvinceCode = "13" }));
        Assert.True(await tokens.RevokeAsync(identity.TokenId, Admin));

        await OpsEventBusTests.Until(() => Volatile.Read(ref revoked) == 1);
        Assert.Null(await tokens.ValidateAsync(issued.Secret));
        Assert.False(await tokens.RevokeAsync(identity.TokenId, Admin));
        Assert.True((await tokens.ListAsync(Admin)).Single(t => t.Id == identity.TokenId).IsRevoked);
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
