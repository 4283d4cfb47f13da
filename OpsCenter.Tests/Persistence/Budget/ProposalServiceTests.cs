using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Proposals;
using OpsCenter.Tests.Infrastructure;

namespace OpsCenter.Tests.Persistence.Budget;

public sealed class ProposalServiceTests(BudgetApps apps) : IClassFixture<BudgetApps>
{
    private static readonly Actor Official = Actor.Staff("staff-1", "เจ้าหน้าที่จังหวัด", "19", null, OpsRoles.Official);

    private static NewProposal Proposal(string title, string? phone = null, string area = "190501") =>
        new("19", title, $"{title}: รายละเอียดสำหรับการทดสอบระบบข้อเสนอของประชาชน", area, "flood", phone);

    private static Supporter Client(string? phone = null, string address = "203.0.113.7", string? user = null) => new(user, phone, address);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Support_CountsOncePerPhoneNumber_AndNeverStoresTheNumber(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var service = app.Services.GetRequiredService<ProposalService>();

        var (submitted, tracking) = await service.SubmitAsync(Proposal("ขุดลอกคลองหมู่ 9 ทดสอบการสนับสนุน", "081-111-2222"), Client());
        var id = (int)submitted.Id!.Value;
        var again = await service.SupportAsync(id, Client("+66 81 111 2222"));
        var other = await service.SupportAsync(id, Client("0899990000", "198.51.100.1"));
        var byAccount = await service.SupportAsync(id, Client(user: "user-123"));
        var noIdentity = await service.SupportAsync(id, Client("12"));

        Assert.True(submitted.Succeeded);
        Assert.Matches("^PR19-[A-Z0-9]{4}-[A-Z0-9]{4}$", tracking);
        Assert.Equal(SupportOutcome.AlreadySupported, again.Outcome);
        Assert.Equal(SupportOutcome.Supported, other.Outcome);
        Assert.Equal(SupportOutcome.Supported, byAccount.Outcome);
        Assert.Equal((SupportOutcome.Invalid, "phone"), (noIdentity.Outcome, noIdentity.Errors.Single().Field));
        await using var db = DbContexts.For(app.Database);
        Assert.Equal(3, await db.Set<CitizenProposal>().Where(p => p.Id == id).Select(p => p.SupportCount).SingleAsync());
        var keys = await db.Set<ProposalSupport>().Where(s => s.ProposalId == id).Select(s => s.SupporterKey + " " + s.ClientKey).ToListAsync();
        Assert.Equal(3, keys.Count);
        Assert.All(keys, k => Assert.DoesNotContain("0811112222", k, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain("203.0.113.7", k, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("phone:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("user:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Support_BeyondTheClientLimit_IsRateLimited(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var sp = app.Services;
        var strict = new ProposalService(sp.GetRequiredService<IDbContextFactory<OpsDbContext>>(), sp.GetRequiredService<IOpsEventBus>(),
            sp.GetRequiredService<SupporterKeys>(), Options.Create(new ProposalOptions { SupportsPerClientPerHour = 2 }), TestClock.Provider);
        var id = (int)(await strict.SubmitAsync(Proposal("ไฟส่องสว่างทดสอบการจำกัดจำนวน"), Client(address: "192.0.2.50"))).Result.Id!.Value;

        var outcomes = new List<SupportOutcome>();
        foreach (var phone in new[] { "0810000001", "0810000002", "0810000003" })
        {
            outcomes.Add((await strict.SupportAsync(id, Client(phone, "192.0.2.50"))).Outcome);
        }

        var elsewhere = await strict.SupportAsync(id, Client("0810000004", "192.0.2.51"));

        Assert.Equal([SupportOutcome.Supported, SupportOutcome.Supported, SupportOutcome.RateLimited], outcomes);
        Assert.Equal(SupportOutcome.Supported, elsewhere.Outcome);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_InvalidFields_AreNamedAndNothingIsSaved(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var service = app.Services.GetRequiredService<ProposalService>();

        var (result, tracking) = await service.SubmitAsync(new NewProposal("19", "สั้น", "ไม่พอ", "1301", "no-such", "12-34"), Client());

        Assert.Null(tracking);
        Assert.Equal(["title", "description", "areaCode", "categoryCode", "phone"], result.Errors.Select(e => e.Field));
        await using var db = DbContexts.For(app.Database);
        Assert.False(await db.Set<CitizenProposal>().AnyAsync(p => p.Title == "สั้น"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Triage_Accept_CreatesAProposedProjectThatCitesTheProposal_AndTheProposerCanFollowIt(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var service = app.Services.GetRequiredService<ProposalService>();
        var (submitted, tracking) = await service.SubmitAsync(Proposal("ประตูระบายน้ำคลองหมู่ 2 ทดสอบบรรจุแผน", "0822223333"), Client());
        var id = (int)submitted.Id!.Value;
        await using var db = DbContexts.For(app.Database);
        var rid = await db.Set<OpsCenter.Domain.Agencies.Agency>().Where(a => a.Code == "SRB-RID").Select(a => a.Id).SingleAsync();

        // The demo plan ends this fiscal year, so next year is the next plan's first year: a choice the official may make.
        var nextYear = ThaiCalendar.FiscalYearOf(TestClock.UtcNow) + 1;
        var missingReason = await service.TriageAsync(id, new TriageDecision(TriageAction.Decline, " "), Official);
        var outsidePlans = await service.TriageAsync(id, new TriageDecision(TriageAction.Accept, "บรรจุในแผน",
            new NewProject("", "", "", null, "", rid, [], nextYear + 5, BudgetSource.Province, Money.FromBaht(1_500_000), null, null)), Official);
        var accepted = await service.TriageAsync(id, new TriageDecision(TriageAction.Accept, $"บรรจุในแผนปี {nextYear}",
            new NewProject("", "", "", null, "", rid, [], nextYear, BudgetSource.Province, Money.FromBaht(1_500_000), null, null)), Official);

        Assert.Equal("response", missingReason.Errors.Single().Field);
        Assert.Equal("fiscalYear", outsidePlans.Errors.Single().Field);
        Assert.True(accepted.Succeeded, string.Join("; ", accepted.Errors.Select(e => e.English)));
        var project = await db.Set<Project>().Include(p => p.BudgetLines).SingleAsync(p => p.Id == (int)accepted.Id!.Value);
        Assert.Equal((ProjectStatus.Proposed, Sectors.Water, "190501", nextYear), (project.Status, project.Sector, project.AreaCode, project.FiscalYear));
        Assert.Matches($"^SRB-{nextYear}-[0-9]{{4}}$", project.Code);
        Assert.Equal(150_000_000L, project.BudgetLines.Single().Requested.Satang);
        Assert.True(await db.Set<EvidenceLink>().AnyAsync(e => e.ProjectId == project.Id && e.Kind == EvidenceKind.Proposal && e.TargetId == id.ToString()));
        var tracked = await app.Services.GetRequiredService<ProposalQuery>().ByTrackingCodeAsync(tracking!.ToLowerInvariant());
        Assert.Equal((ProposalStatus.InPlan, project.Code), (tracked!.Summary.Status, tracked.Project!.Code));
        Assert.Equal("บรรจุในแผนปี 2571", tracked.StaffResponse);
        Assert.Equal(SupportOutcome.Closed, (await service.SupportAsync(id, Client("0833334444"))).Outcome);
        var fromProposalSide = await app.Services.GetRequiredService<EvidenceResolver>().ProjectsLinkedToAsync(EvidenceKind.Proposal, id.ToString());
        Assert.Equal(project.Id, Assert.Single(fromProposalSide).ProjectId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Triage_Merge_MovesEachSupporterOnce(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var service = app.Services.GetRequiredService<ProposalService>();
        var target = (int)(await service.SubmitAsync(Proposal("ถังขยะรวมทดสอบ ก", "0841000001"), Client())).Result.Id!.Value;
        var source = (int)(await service.SubmitAsync(Proposal("ถังขยะรวมทดสอบ ข", "0841000001"), Client())).Result.Id!.Value;
        await service.SupportAsync(source, Client("0841000002"));

        var merged = await service.TriageAsync(source, new TriageDecision(TriageAction.Merge, "เรื่องเดียวกัน", MergeIntoId: target), Official);

        Assert.True(merged.Succeeded);
        await using var db = DbContexts.For(app.Database);
        Assert.Equal(2, await db.Set<CitizenProposal>().Where(p => p.Id == target).Select(p => p.SupportCount).SingleAsync());
        Assert.Equal(2, await db.Set<ProposalSupport>().CountAsync(s => s.ProposalId == target));
        Assert.Equal(ProposalStatus.Merged, await db.Set<CitizenProposal>().Where(p => p.Id == source).Select(p => p.Status).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Similar_FindsTheDemoCanalProposalsForACanalIdea(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var similar = await app.Services.GetRequiredService<ProposalQuery>()
            .SimilarAsync("19", "ขอให้ขุดลอกคลองระบายน้ำ ป้องกันน้ำท่วมหมู่บ้าน", "1905", "flood");

        Assert.Contains("ขุดลอกคลอง", similar[0].Proposal.Title, StringComparison.Ordinal);
        Assert.Contains(similar, s => s.Proposal.Title.StartsWith("ขุดลอกคลองส่งน้ำ", StringComparison.Ordinal));
        Assert.DoesNotContain(similar, s => s.Proposal.Title.Contains("ฟุตบอล", StringComparison.Ordinal));
        Assert.Equal(similar.OrderByDescending(s => s.Score).Select(s => s.Score), similar.Select(s => s.Score));
    }
}
