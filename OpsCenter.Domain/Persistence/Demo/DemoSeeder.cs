using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Kpis;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Persistence.Demo;

/// <summary>Seeds demo provinces into an empty database, in one transaction that a concurrent instance cannot also win.</summary>
public sealed class DemoSeeder(
    IDbContextFactory<OpsDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!await SeedDataIfEmptyAsync(cancellationToken))
        {
            return false;
        }

        // Computed KPIs start with the history their data gives, as the recorder leaves it on a running installation.
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KpiMeasurementService>().RecordComputedAsync(cancellationToken);
        }

        await SeedAccountsAsync(options.Value, cancellationToken);
        logger.LogInformation("Seeded demo data for provinces {Provinces}", string.Join(",", options.Value.ProvinceCodes));
        return true;
    }

    /// <summary>Seeds everything but the sign-in accounts; true when this call did the seeding.</summary>
    internal async Task<bool> SeedDataIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var demo = options.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!demo.Seed || await db.Set<Area>().AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The claim row is written first: a second instance blocks on it, then fails on the key and backs off.
            db.Add(new AppSetting { Key = AppSetting.DemoSeededAt, Value = now.ToString("O", CultureInfo.InvariantCulture) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                logger.LogInformation("Another instance is seeding the demo data; skipping.");
                return false;
            }

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (!await db.Set<ReportCategory>().AnyAsync(cancellationToken))
            {
                db.AddRange(ReportCategories.Defaults());
            }

            foreach (var provinceCode in demo.ProvinceCodes)
            {
                await SeedProvinceAsync(db, ProvinceFacts.Load(provinceCode), demo, now, cancellationToken);
            }

            db.Add(new AppSetting { Key = AppSetting.DemoProvince, Value = demo.ProvinceCodes[0] });
            DemoOpen311.AddPartner(db, demo, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    private static async Task SeedProvinceAsync(OpsDbContext db, ProvinceFacts facts, DemoOptions demo, DateTime now, CancellationToken ct)
    {
        var prefix = ProvinceFacts.Known[facts.Code].AgencyPrefix;
        var random = new Random(demo.RandomSeed + int.Parse(facts.Code, CultureInfo.InvariantCulture));

        db.AddRange(DemoAreas.Build(facts, now));
        var agencies = DemoAgencies.Build(facts, prefix);
        db.AddRange(agencies);
        await db.SaveChangesAsync(ct);

        var categories = await db.Set<ReportCategory>().AsNoTracking().ToListAsync(ct);

        db.AddRange(new DemoReports(facts, agencies, categories, prefix, random).Generate(demo.ReportsPerProvince, now));
        db.AddRange(new DemoBudget(facts, agencies, prefix, random).Generate(now));
        var datasets = DemoCatalog.Build(facts.Code, prefix, agencies, random, now).ToList();
        db.AddRange(datasets);
        await db.SaveChangesAsync(ct);
        var kpis = DemoKpis.Build(facts.Code, prefix, agencies, datasets, now);
        db.AddRange(kpis);
        db.AddRange(DemoWall.Build(facts.Code, now));
        var (session, actions) = DemoReview.Build(facts, prefix, agencies, now);
        db.Add(session);
        await db.SaveChangesAsync(ct);

        var (kpiValues, kpiParts) = DemoKpis.Measurements(kpis, agencies, prefix, random, now);
        db.AddRange(kpiValues);
        db.AddRange(kpiParts);
        db.AddRange(DemoKpis.Requirements(facts.Code, prefix, kpis, datasets));
        await DemoCatalog.AddVersionsAsync(db, datasets, facts, random, ct);
        await DemoRealDatasets.AddAsync(db, facts.Code, prefix, agencies, now, ct);
        await DemoReview.AddDecisionsAsync(db, session, actions, ct);
        await db.SaveChangesAsync(ct);
        await DemoReportWorkflow.SeedAsync(db, facts.Code, prefix, agencies, demo.RandomSeed + 7 + int.Parse(facts.Code, CultureInfo.InvariantCulture), now, ct);
        await DemoBudgetPlans.SeedAsync(db, facts, prefix, new Random((demo.RandomSeed * 7) + int.Parse(facts.Code, CultureInfo.InvariantCulture)), now, ct);
        await DemoReview.AddNextSessionAsync(db, facts, session, actions, now, ct);
        db.ChangeTracker.Clear();
    }

    private async Task SeedAccountsAsync(DemoOptions demo, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();

        foreach (var role in OpsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var password = demo.Password;
        if (string.IsNullOrWhiteSpace(password))
        {
            password = DemoAccounts.GeneratePassword();

            // Deliberately the console, not the logger: a password must not end up in collected logs.
            Console.WriteLine($"OpsCenter demo accounts ({string.Join(", ", DemoAccounts.For(demo.ProvinceCodes).Select(a => a.UserName))}) password, shown once: {password}");
        }

        foreach (var (userName, role, displayName, province, agencyCode) in DemoAccounts.For(demo.ProvinceCodes))
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var agencyId = agencyCode is null ? null
                : await db.Set<Agencies.Agency>().Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            var user = new OpsUser
            {
                UserName = userName,
                Email = $"{userName}@demo.example.org",
                EmailConfirmed = true,
                DisplayName = displayName,
                ProvinceCode = province,
                AgencyId = agencyId,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }
}
