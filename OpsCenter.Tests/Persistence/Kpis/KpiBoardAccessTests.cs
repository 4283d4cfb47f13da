using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Kpis;

/// <summary>The board's reads decide for themselves who sees a province's KPIs: a code of another province is none.</summary>
public sealed class KpiBoardAccessTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherProvincesOfficial_NeitherListsNorOpensTheKpis_AndAScreenReadsNone(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider, new Dictionary<string, string?> { ["Demo:Provinces:1"] = "13" });
        await app.InitializeAsync();
        var board = app.Services.GetRequiredService<KpiBoardQuery>();
        var saraburi = Actor.Staff("official-19", "ปลัดจังหวัดสระบุรี", "19", null, OpsRoles.Official);
        var pathum = saraburi with { ProvinceCode = "13" };

        var own = await board.CardsAsync(saraburi);
        var code = own.First().Kpi.Code;

        Assert.NotEmpty(own);
        Assert.All(own, c => Assert.Equal("19", c.Kpi.ProvinceCode));
        Assert.All(await board.CardsAsync(pathum), c => Assert.Equal("13", c.Kpi.ProvinceCode));
        Assert.NotNull(await board.DetailAsync(code, saraburi));
        Assert.Null(await board.DetailAsync(code, pathum));
        Assert.Empty(await board.CardsAsync(Actor.Screen("19")));
        Assert.Null(await board.DetailAsync(code, Actor.Anonymous));
    }
}
