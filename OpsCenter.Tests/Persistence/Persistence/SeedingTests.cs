using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Persistence.Demo;
using OpsCenter.Domain.Reports;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Persistence;

public sealed class SeedingTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoSeed_CreatesSaraburiWithActivity(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        _ = app.Services; // builds the host, which migrates and seeds

        await using var db = DbContexts.For(app.Database);
        Assert.Equal(1, await db.Set<Area>().CountAsync(a => a.Level == AreaLevel.Province));
        Assert.Equal(13, await db.Set<Area>().CountAsync(a => a.Level == AreaLevel.District));
        Assert.Equal(111, await db.Set<Area>().CountAsync(a => a.Level == AreaLevel.Subdistrict));
        Assert.Equal(639_165, await db.Set<Area>().Where(a => a.Code == "19").Select(a => a.Population).SingleAsync());
        Assert.Equal(800, await db.Set<CitizenReport>().CountAsync());
        Assert.All(await db.Set<CitizenReport>().Select(r => r.OwnerAgencyId).ToListAsync(), owner => Assert.NotNull(owner));
        Assert.True(await db.Set<Project>().CountAsync(p => p.FiscalYear == 2568) > 10);
        Assert.True(await db.Set<Project>().CountAsync(p => p.FiscalYear == 2569) > 10);
        // 24 generated datasets and 3 real public ones (Persistence/Demo/RealData).
        Assert.Equal(27, await db.Set<Dataset>().CountAsync());
        // Five KPIs are reported: one summed KPI awaits a co-owner's part for the last month, so its joint value for that
        // month is withheld. Three are computed: nothing is seeded for them by hand; the recorder's first round leaves
        // each its running month, and "resolved on time" its closed months too, since reports keep their dates.
        var reported = db.Set<KpiMeasurement>().Where(m => db.Set<Kpi>().Any(k => k.Id == m.KpiId && k.Computation == KpiComputation.Reported));
        Assert.Equal((5 * 12) - 1, await reported.CountAsync());
        var computed = await db.Set<Kpi>().Where(k => k.Computation != KpiComputation.Reported).Select(k => k.Code).OrderBy(c => c).ToListAsync();
        Assert.Equal(["SRB-budget-disbursement", "SRB-complaints-on-time", "SRB-datasets-current"], computed);
        Assert.False(await db.Set<KpiPartMeasurement>().AnyAsync(p => db.Set<Kpi>().Any(k => k.Id == p.KpiId && k.Computation != KpiComputation.Reported)));
        Assert.True(await db.Set<KpiMeasurement>().CountAsync(m => m.EnteredByName == KpiMeasurementService.ComputedBy) >= 3 + 6);
        Assert.True(await db.Set<DatasetVersion>().CountAsync() >= 24 * 3);
        // Seven people of the province, one reporter for each KPI owner agency none of them works for, and the national office.
        Assert.Equal(8 + 10, await db.Users.CountAsync());
        var ownerAgencies = await db.Set<KpiOwner>().Select(o => o.AgencyId).Distinct().ToListAsync();
        var staffedAgencies = await db.Users.Where(u => u.AgencyId != null).Select(u => u.AgencyId!.Value).Distinct().ToListAsync();
        Assert.Empty(ownerAgencies.Except(staffedAgencies));

        // Seeded history happened: nothing is entered, received or stepped after the moment of seeding.
        var seededBy = TestClock.UtcNow;
        Assert.False(await db.Set<KpiMeasurement>().AnyAsync(m => m.EnteredAt > seededBy));
        Assert.False(await db.Set<KpiPartMeasurement>().AnyAsync(m => m.EnteredAt > seededBy));
        Assert.False(await db.Set<CitizenReport>().AnyAsync(r => r.ReceivedAt > seededBy));
        Assert.False(await db.Set<ReportTimelineEntry>().AnyAsync(t => t.At > seededBy));
        Assert.Equal("19", await db.Users.Where(u => u.UserName == "national").Select(u => u.ProvinceCode).SingleAsync());

        // Stored times come back as UTC on both providers.
        var received = await db.Set<CitizenReport>().OrderBy(r => r.Id).Select(r => r.ReceivedAt).FirstAsync();
        Assert.Equal(DateTimeKind.Utc, received.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThaiText_RoundTripsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
            db.Add(new Area
            {
                Code = "99", Level = AreaLevel.Province, ProvinceCode = "99",
                NameTh = "จังหวัดทดสอบ ก๊กฟ้าฟื้นฟู่ ๑๒๓ ฯลฯ", NameEn = "Test", Latitude = 14.5, Longitude = 100.9,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = DbContexts.For(database))
        {
            Assert.Equal("จังหวัดทดสอบ ก๊กฟ้าฟื้นฟู่ ๑๒๓ ฯลฯ", await db.Set<Area>().Where(a => a.Code == "99").Select(a => a.NameTh).SingleAsync());
            Assert.Equal(1, await db.Set<Area>().CountAsync(a => a.NameTh.Contains("ฟื้นฟู่")));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Money_SumsInTheDatabaseExactly(DatabaseProvider provider)
    {
        await using var app = new OpsAppFactory(provider);
        await app.InitializeAsync();
        _ = app.Services;
        await using var db = DbContexts.For(app.Database);

        var inDatabase = await db.Set<BudgetLine>().SumAsync(b => b.Approved.Satang);
        var inMemory = (await db.Set<BudgetLine>().ToListAsync()).Sum(b => b.Approved.Satang);
        Assert.Equal(inMemory, inDatabase);
        Assert.True(await db.Set<BudgetLine>().AnyAsync(b => b.Approved.Satang > b.Disbursed.Satang));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoSeed_IsDeterministic(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTime(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc));
        var first = await SeedAndFingerprintAsync(provider, clock);
        var second = await SeedAndFingerprintAsync(provider, clock);
        Assert.Equal(first, second);
    }

    private static async Task<string> SeedAndFingerprintAsync(DatabaseProvider provider, TimeProvider clock)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = DbContexts.For(database))
        {
            await db.Database.MigrateAsync();
        }

        var options = Options.Create(new DemoOptions { ReportsPerProvince = 200, Password = OpsAppFactory.DemoPassword, Seed = true });
        var seeder = new DemoSeeder(DbContexts.FactoryFor(database), new NoAccountsScopeFactory(), options, clock, NullLogger<DemoSeeder>.Instance);
        Assert.True(await seeder.SeedDataIfEmptyAsync());
        await using var check = DbContexts.For(database);
        var reports = await check.Set<CitizenReport>().OrderBy(r => r.Id)
            .Select(r => r.TrackingNumber + r.CategoryCode + r.SubdistrictCode + r.Status).ToListAsync();
        var budget = await check.Set<BudgetLine>().SumAsync(b => b.Requested.Satang);
        return string.Join("|", reports) + budget;
    }

    private sealed class NoAccountsScopeFactory : Microsoft.Extensions.DependencyInjection.IServiceScopeFactory
    {
        public Microsoft.Extensions.DependencyInjection.IServiceScope CreateScope() => throw new NotSupportedException();
    }
}
