using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Security;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Catalog;

public sealed class FreshnessAnnouncerTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TimePassing_AnnouncesEachStateChangeOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var updated = new DateTime(2026, 1, 10, 3, 0, 0, DateTimeKind.Utc);
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            var agency = new Agency { Code = "T-NSO", ProvinceCode = "19", NameTh = "สถิติ", NameEn = "Stats", Kind = AgencyKind.LineAgency };
            db.Add(agency);
            await db.SaveChangesAsync();
            db.Add(new Dataset
            {
                ProvinceCode = "19", Slug = "t-monthly", TitleTh = "รายเดือน", OwnerAgencyId = agency.Id, FrequencyUnit = FrequencyUnit.Month,
                FrequencyInterval = 1, Classification = DataClassification.Public, LastDataUpdateAt = updated, AnnouncedFreshness = FreshnessState.Current,
            });
            await db.SaveChangesAsync();
        }

        var clock = new ManualClock(updated.AddDays(5));
        using var bus = new OpsEventBus(NullLogger<OpsEventBus>.Instance);
        var seen = new List<OpsEvent>();
        using var subscription = bus.Subscribe((e, _) =>
        {
            lock (seen)
            {
                seen.Add(e);
            }

            return Task.CompletedTask;
        });
        var announcer = new FreshnessAnnouncer(DbContexts.FactoryFor(database), bus, clock);

        Assert.Equal(0, await announcer.AnnounceChangesAsync());
        clock.Set(updated.AddDays(29));
        Assert.Equal(1, await announcer.AnnounceChangesAsync());
        Assert.Equal(0, await announcer.AnnounceChangesAsync());
        clock.Set(updated.AddDays(32));
        Assert.Equal(1, await announcer.AnnounceChangesAsync());

        await using (var db = DbContexts.For(database))
        {
            Assert.Equal(FreshnessState.Overdue, (await db.Set<Dataset>().SingleAsync()).AnnouncedFreshness);
            Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.Kind == CatalogEvents.FreshnessChanged));
        }

        for (var i = 0; i < 100 && seen.Count < 2; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal([CatalogEvents.FreshnessChanged, CatalogEvents.FreshnessChanged], seen.Select(e => e.Kind));
    }
}
