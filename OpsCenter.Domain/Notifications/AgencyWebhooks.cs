using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Agencies;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>An agency's webhook as the admin page lists it; the secret is shown once, when it is made.</summary>
public sealed record WebhookItem(int Id, int AgencyId, string AgencyNameTh, string Url, bool Enabled, DateTime CreatedAt);

/// <summary>A province's administrators register and switch off its agencies' webhooks.</summary>
public sealed class AgencyWebhooks(IDbContextFactory<OpsDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<WebhookItem>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.ProvinceCode is not { } province || !NotificationPolicy.CanAdminister(actor, province))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from w in db.Set<AgencyWebhook>()
                      join a in db.Set<Agency>() on w.AgencyId equals a.Id
                      where a.ProvinceCode == province
                      orderby w.Id
                      select new WebhookItem(w.Id, a.Id, a.NameTh, w.Url, w.Enabled, w.CreatedAt)).ToListAsync(ct);
    }

    /// <summary>Registers a webhook; on success the result's id is the webhook's and the secret returned beside it signs its posts.</summary>
    public async Task<(CommandResult Result, string? Secret)> AddAsync(Actor actor, int agencyId, string? url, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = await db.Set<Agency>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null || !NotificationPolicy.CanAdminister(actor, agency.ProvinceCode))
        {
            return (CommandResult.Missing("agency", "ไม่พบหน่วยงานนี้", "No such agency"), null);
        }

        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http") || address.ToString().Length > 500)
        {
            return (CommandResult.Fail("url", "กรุณาระบุที่อยู่ https:// ของระบบหน่วยงาน", "Give the https:// address of the agency's system"), null);
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var webhook = new AgencyWebhook { AgencyId = agency.Id, Url = address.ToString(), Secret = secret, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Add(webhook);
        await db.SaveChangesAsync(ct);
        return (CommandResult.Ok(webhook.Id), secret);
    }

    public async Task<CommandResult> SetEnabledAsync(Actor actor, int id, bool enabled, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (from w in db.Set<AgencyWebhook>()
                           join a in db.Set<Agency>() on w.AgencyId equals a.Id
                           where w.Id == id
                           select new { Webhook = w, a.ProvinceCode }).FirstOrDefaultAsync(ct);
        if (found is null || !NotificationPolicy.CanAdminister(actor, found.ProvinceCode))
        {
            return CommandResult.Missing("id", "ไม่พบเว็บฮุกนี้", "No such webhook");
        }

        found.Webhook.Enabled = enabled;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(id);
    }
}
