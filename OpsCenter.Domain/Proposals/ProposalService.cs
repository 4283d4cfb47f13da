using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Areas;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Events;
using OpsCenter.Domain.Persistence;
using OpsCenter.Domain.Reports;

namespace OpsCenter.Domain.Proposals;

/// <summary>What a citizen submits. The phone number is optional: given, it counts as the proposer's own support.</summary>
public sealed record NewProposal(string ProvinceCode, string Title, string Description, string AreaCode, string CategoryCode, string? Phone, string? EvidenceUrl = null);

/// <summary>Who is acting: a signed-in user id and/or a phone number, and the network address (for rate limits only).</summary>
public sealed record Supporter(string? UserId, string? Phone, string? ClientAddress);

public enum SupportOutcome
{
    Supported = 1,
    AlreadySupported = 2,
    RateLimited = 3,
    Closed = 4,
    NotFound = 5,
    Invalid = 6,
}

public enum TriageAction
{
    Review = 1,
    Accept = 2,
    Decline = 3,
    Merge = 4,
}

/// <summary>A staff decision on a proposal. Accept needs <see cref="Project"/>; Merge needs <see cref="MergeIntoId"/>.</summary>
public sealed record TriageDecision(TriageAction Action, string? Response, NewProject? Project = null, int? MergeIntoId = null);

/// <summary>The one write path for citizen proposals: submit, support, triage.</summary>
public sealed class ProposalService(
    IDbContextFactory<OpsDbContext> dbFactory,
    IOpsEventBus bus,
    SupporterKeys keys,
    IOptions<ProposalOptions> options,
    TimeProvider time,
    IEnumerable<ICitedViews>? citedViews = null)
{
    public async Task<(CommandResult Result, string? TrackingCode)> SubmitAsync(NewProposal input, Supporter supporter, CancellationToken ct = default)
    {
        input = input with { AreaCode = AreaCodes.Normalize(input.AreaCode) ?? input.AreaCode };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, ct);
        string? evidenceUrl = null;
        if (!string.IsNullOrWhiteSpace(input.EvidenceUrl))
        {
            // A proposal is public, so it may cite only what the public may see.
            var cited = citedViews?.FirstOrDefault() is { } views ? await views.CheckAsync(input.EvidenceUrl, input.ProvinceCode, Actor.Anonymous, ct) : new CitedViewAnswer(null);
            evidenceUrl = cited.View?.Url;
            if (evidenceUrl is null)
            {
                errors.Add(new FieldError("evidenceUrl", cited.ProblemTh ?? "อ้างอิงมุมมองข้อมูลไม่ได้", cited.ProblemEn ?? "The view cannot be cited"));
            }
        }

        if (errors.Count > 0)
        {
            return (new CommandResult(errors), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var clientKey = await keys.ForClientAsync(supporter.ClientAddress, ct);
        if (clientKey is not null)
        {
            var today = await db.Set<CitizenProposal>().CountAsync(p => p.ClientKey == clientKey && p.CreatedAt > now.AddDays(-1), ct);
            if (!RateLimit.Allows(today, options.Value.ProposalsPerClientPerDay))
            {
                return (CommandResult.Fail("rate", "ส่งข้อเสนอจากเครื่องนี้ครบจำนวนต่อวันแล้ว กรุณาลองใหม่พรุ่งนี้", "Too many proposals from this device today; try again tomorrow"), null);
            }
        }

        var supporterKey = await SupporterKeyAsync(supporter with { Phone = input.Phone ?? supporter.Phone }, ct);
        var proposal = new CitizenProposal
        {
            ProvinceCode = input.ProvinceCode,
            TrackingCode = await NewTrackingCodeAsync(db, input.ProvinceCode, ct),
            Title = input.Title.Trim(),
            Description = input.Description.Trim(),
            AreaCode = input.AreaCode,
            CategoryCode = input.CategoryCode,
            EvidenceUrl = evidenceUrl,
            Status = ProposalStatus.Submitted,
            SupportCount = supporterKey is null ? 0 : 1,
            ClientKey = clientKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(proposal);
        // The proposer's own support needs the proposal's id: added once the proposal is saved, in the same transaction.
        db.Record(proposal, p =>
        {
            if (supporterKey is not null)
            {
                db.Add(new ProposalSupport { ProposalId = p.Id, SupporterKey = supporterKey, ClientKey = clientKey, CreatedAt = now });
            }

            return EventFor(ProposalEvents.Submitted, p, now);
        });
        await db.SaveAndPublishAsync(bus, ct);
        return (CommandResult.Ok(proposal.Id), proposal.TrackingCode);
    }

    public async Task<(SupportOutcome Outcome, IReadOnlyList<FieldError> Errors)> SupportAsync(int proposalId, Supporter supporter, CancellationToken ct = default)
    {
        if (supporter.UserId is null && PhoneNumbers.NormalizeThai(supporter.Phone) is null)
        {
            return (SupportOutcome.Invalid, [new FieldError("phone", "กรุณากรอกหมายเลขโทรศัพท์ที่ถูกต้อง (เช่น 081-234-5678) หรือเข้าสู่ระบบ",
                "Enter a valid Thai phone number (e.g. 081-234-5678) or sign in")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposal = await db.Set<CitizenProposal>().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return (SupportOutcome.NotFound, []);
        }

        if (!proposal.IsOpenForSupport)
        {
            return (SupportOutcome.Closed, []);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var supporterKey = (await SupporterKeyAsync(supporter, ct))!;
        var clientKey = await keys.ForClientAsync(supporter.ClientAddress, ct);
        if (await db.Set<ProposalSupport>().AnyAsync(s => s.ProposalId == proposalId && s.SupporterKey == supporterKey, ct))
        {
            return (SupportOutcome.AlreadySupported, []);
        }

        var byPerson = await db.Set<ProposalSupport>().CountAsync(s => s.SupporterKey == supporterKey && s.CreatedAt > now.AddDays(-1), ct);
        var byClient = clientKey is null ? 0 : await db.Set<ProposalSupport>().CountAsync(s => s.ClientKey == clientKey && s.CreatedAt > now.AddHours(-1), ct);
        if (!RateLimit.Allows(byPerson, options.Value.SupportsPerPersonPerDay) || !RateLimit.Allows(byClient, options.Value.SupportsPerClientPerHour))
        {
            return (SupportOutcome.RateLimited, []);
        }

        db.Add(new ProposalSupport { ProposalId = proposalId, SupporterKey = supporterKey, ClientKey = clientKey, CreatedAt = now });
        proposal.SupportCount++;
        proposal.UpdatedAt = now;
        db.Record(EventFor(ProposalEvents.Supported, proposal, now));
        try
        {
            await db.SaveAndPublishAsync(bus, ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks raced past the check; the unique index kept the second one out.
            return (SupportOutcome.AlreadySupported, []);
        }

        return (SupportOutcome.Supported, []);
    }

    public async Task<CommandResult> TriageAsync(int proposalId, TriageDecision decision, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposal = await db.Set<CitizenProposal>().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalPolicy.CanTriage(actor, proposal.ProvinceCode))
        {
            return CommandResult.Missing("proposalId", "ไม่พบข้อเสนอที่พิจารณาได้", "No proposal you may triage");
        }

        if (!proposal.IsOpenForSupport)
        {
            return CommandResult.Fail("status", "ข้อเสนอนี้พิจารณาเสร็จแล้ว", "This proposal has already been decided");
        }

        if (decision.Response is { Length: > 2000 })
        {
            return CommandResult.Fail("response", "คำตอบยาวเกิน 2,000 ตัวอักษร", "The response is longer than 2,000 characters");
        }

        if (decision.Action is TriageAction.Decline or TriageAction.Merge && string.IsNullOrWhiteSpace(decision.Response))
        {
            return CommandResult.Fail("response", "กรุณาให้เหตุผลแก่ผู้เสนอ", "Give the proposer a reason");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var failure = decision.Action switch
        {
            TriageAction.Accept => await AcceptAsync(db, proposal, decision.Project, ThaiCalendar.FiscalYearOf(now), now, ct),
            TriageAction.Merge => await MergeAsync(db, proposal, decision.MergeIntoId, ct),
            TriageAction.Decline => Apply(proposal, ProposalStatus.Declined),
            _ => Apply(proposal, ProposalStatus.UnderReview),
        };
        if (failure is not null)
        {
            return failure;
        }

        proposal.StaffResponse = string.IsNullOrWhiteSpace(decision.Response) ? proposal.StaffResponse : decision.Response.Trim();
        (proposal.TriagedAt, proposal.TriagedByUserId, proposal.UpdatedAt) = (now, actor.UserId, now);
        db.Record(proposal, p => EventFor(ProposalEvents.Triaged, p, now));
        await db.CommitAndPublishAsync(transaction, bus, ct);
        return CommandResult.Ok(proposal.ProjectId ?? proposal.Id);
    }

    private static CommandResult? Apply(CitizenProposal proposal, ProposalStatus status)
    {
        proposal.Status = status;
        return null;
    }

    /// <summary>The fiscal years a proposal accepted now may go into, and the one offered first.</summary>
    public async Task<(IReadOnlyList<PlanYearChoice> Choices, int Default)> PlanYearsAsync(string provinceCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = ThaiCalendar.FiscalYearOf(time.GetUtcNow().UtcDateTime);
        var choices = await PlanYearChoicesAsync(db, provinceCode, current, ct);
        return (choices, PlanYears.Default(choices, current));
    }

    private static async Task<IReadOnlyList<PlanYearChoice>> PlanYearChoicesAsync(OpsDbContext db, string provinceCode, int currentFiscalYear, CancellationToken ct)
    {
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Where(p => p.ProvinceCode == provinceCode)
            .Select(p => new { p.Code, p.FirstFiscalYear, p.LastFiscalYear }).ToListAsync(ct);
        return PlanYears.Choices(plans.Select(p => (p.Code, p.FirstFiscalYear, p.LastFiscalYear)), currentFiscalYear);
    }

    /// <summary>Creates a Proposed project that carries the proposal as its evidence, in a year of the plan and with the province's code shape.</summary>
    private static async Task<CommandResult?> AcceptAsync(OpsDbContext db, CitizenProposal proposal, NewProject? input, int currentFiscalYear, DateTime now, CancellationToken ct)
    {
        if (input is null)
        {
            return CommandResult.Fail("project", "ต้องระบุรายละเอียดโครงการ", "Project details are required");
        }

        var choices = await PlanYearChoicesAsync(db, proposal.ProvinceCode, currentFiscalYear, ct);
        if (choices.All(c => c.FiscalYear != input.FiscalYear))
        {
            var years = string.Join(", ", choices.Select(c => c.FiscalYear));
            return CommandResult.Fail("fiscalYear", $"เลือกปีงบประมาณของแผน ({years})", $"Choose a fiscal year of the plan ({years})");
        }

        var provinceCodes = await db.Set<Project>().Where(p => p.ProvinceCode == proposal.ProvinceCode).Select(p => p.Code).ToListAsync(ct);
        // A province with no project yet takes its plan's prefix (SRB-PDP-2566 → SRB).
        var fallbackPrefix = choices.FirstOrDefault(c => c.PlanCode is not null)?.PlanCode!.Split('-')[0] ?? proposal.ProvinceCode;

        // What staff leave empty comes from the proposal itself.
        var sector = await db.Set<ReportCategory>().Where(c => c.Code == proposal.CategoryCode).Select(c => c.Sector).FirstAsync(ct);
        input = input with
        {
            ProvinceCode = proposal.ProvinceCode,
            Code = string.IsNullOrWhiteSpace(input.Code) ? ProjectCodes.Next(provinceCodes, input.FiscalYear, fallbackPrefix) : input.Code,
            NameTh = string.IsNullOrWhiteSpace(input.NameTh) ? $"โครงการ{proposal.Title}" : input.NameTh,
            Sector = string.IsNullOrWhiteSpace(input.Sector) ? sector : input.Sector,
            AreaCodes = input.AreaCodes.Count == 0 ? [proposal.AreaCode] : input.AreaCodes,
            Description = input.Description ?? proposal.Description,
        };
        var errors = await ProjectService.ValidateNewAsync(db, input, ct);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var project = ProjectService.ToProject(input, await ProjectService.ActionPlanIdAsync(db, input.ProvinceCode, input.FiscalYear, ct), now);
        db.Add(project);
        await db.SaveChangesAsync(ct);
        db.Add(new EvidenceLink
        {
            ProjectId = project.Id, Kind = EvidenceKind.Proposal, TargetId = proposal.Id.ToString(CultureInfo.InvariantCulture),
            Note = $"ข้อเสนอของประชาชน {proposal.TrackingCode} ({proposal.SupportCount} ผู้สนับสนุน)", CreatedAt = now,
        });
        proposal.ProjectId = project.Id;
        proposal.Status = ProposalStatus.InPlan;
        return null;
    }

    /// <summary>Moves the supports to the proposal it is merged into, counting each person once.</summary>
    private static async Task<CommandResult?> MergeAsync(OpsDbContext db, CitizenProposal proposal, int? targetId, CancellationToken ct)
    {
        var target = targetId is null || targetId == proposal.Id ? null
            : await db.Set<CitizenProposal>().FirstOrDefaultAsync(p => p.Id == targetId && p.ProvinceCode == proposal.ProvinceCode, ct);
        if (target is null || !target.IsOpenForSupport)
        {
            return CommandResult.Fail("mergeIntoId", "ไม่พบข้อเสนอปลายทางที่ยังเปิดรับการสนับสนุน", "No open proposal to merge into");
        }

        var targetKeys = await db.Set<ProposalSupport>().Where(s => s.ProposalId == target.Id).Select(s => s.SupporterKey).ToListAsync(ct);
        var moving = await db.Set<ProposalSupport>().Where(s => s.ProposalId == proposal.Id).ToListAsync(ct);
        foreach (var support in moving.Where(s => !targetKeys.Contains(s.SupporterKey)))
        {
            db.Add(new ProposalSupport { ProposalId = target.Id, SupporterKey = support.SupporterKey, ClientKey = support.ClientKey, CreatedAt = support.CreatedAt });
            target.SupportCount++;
        }

        proposal.Status = ProposalStatus.Merged;
        proposal.MergedIntoId = target.Id;
        return null;
    }

    private async Task<string?> SupporterKeyAsync(Supporter supporter, CancellationToken ct)
    {
        if (supporter.UserId is not null)
        {
            return await keys.ForUserAsync(supporter.UserId, ct);
        }

        return PhoneNumbers.NormalizeThai(supporter.Phone) is { } phone ? await keys.ForPhoneAsync(phone, ct) : null;
    }

    private static async Task<List<FieldError>> ValidateAsync(OpsDbContext db, NewProposal input, CancellationToken ct)
    {
        var errors = ProposalRules.Check(input).ToList();
        var area = AreaCodes.Normalize(input.AreaCode);
        if (!errors.Contains(ProposalRules.AreaError) && !await db.Set<Area>().AnyAsync(a => a.Code == area && a.ProvinceCode == input.ProvinceCode, ct))
        {
            errors.Add(ProposalRules.AreaError);
        }

        if (!errors.Contains(ProposalRules.CategoryError) && !await db.Set<ReportCategory>().AnyAsync(c => c.Code == input.CategoryCode, ct))
        {
            errors.Add(ProposalRules.CategoryError);
        }

        return errors.OrderBy(e => FieldOrder.IndexOf(e.Field)).ToList();
    }

    private static readonly List<string> FieldOrder = ["title", "description", "areaCode", "categoryCode", "phone"];

    private static async Task<string> NewTrackingCodeAsync(OpsDbContext db, string provinceCode, CancellationToken ct)
    {
        string code;
        do
        {
            code = TrackingNumbers.New("PR" + provinceCode, Random.Shared);
        }
        while (await db.Set<CitizenProposal>().AnyAsync(p => p.TrackingCode == code, ct));

        return code;
    }

    private static OpsEvent EventFor(string kind, CitizenProposal proposal, DateTime now) =>
        new(kind, proposal.ProvinceCode, proposal.Id.ToString(CultureInfo.InvariantCulture), now);
}
