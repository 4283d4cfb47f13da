using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Notifications;

/// <summary>A province's people who can be told anything, and how each wants to hear.</summary>
public sealed record ProvincePeople(IReadOnlyList<StaffMember> Staff, IReadOnlyDictionary<string, NotificationPreference> Preferences)
{
    public NotificationPreference PreferenceOf(string? userId) =>
        userId is not null && Preferences.TryGetValue(userId, out var preference) ? preference : NotificationPreference.Default;

    /// <summary>Who works a report queue: agency staff and provincial officials, not executives or presenters.</summary>
    public IReadOnlyList<StaffMember> Workers =>
        [.. Staff.Where(m => m.HasRole(OpsRoles.AgencyStaff) || m.HasRole(OpsRoles.Official))];

    public IReadOnlyList<StaffMember> Executives => [.. Staff.Where(m => m.HasRole(OpsRoles.Executive))];

    public IReadOnlyList<StaffMember> Stewards => [.. Staff.Where(m => m.HasRole(OpsRoles.DataSteward) || m.HasRole(OpsRoles.AgencyStaff))];

    public IReadOnlyList<StaffMember> InAgency(int? agencyId) => agencyId is null ? [] : [.. Staff.Where(m => m.AgencyId == agencyId)];
}

public sealed class NotificationAudience(IDbContextFactory<OpsDbContext> dbFactory)
{
    public async Task<ProvincePeople> ProvinceAsync(string provinceCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Set<OpsUser>().AsNoTracking()
            .Where(u => u.ProvinceCode == provinceCode && !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.AgencyId })
            .ToListAsync(ct);
        var roles = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Set<IdentityRole>() on ur.RoleId equals r.Id
                           join u in db.Set<OpsUser>() on ur.UserId equals u.Id
                           where u.ProvinceCode == provinceCode
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Name!)]);
        var staff = users.ConvertAll(u => new StaffMember(u.Id, u.DisplayName, u.Email, provinceCode, u.AgencyId, rolesOf.GetValueOrDefault(u.Id, [])));
        var ids = users.ConvertAll(u => u.Id);
        var preferences = await db.Set<NotificationPreferenceRow>().AsNoTracking().Where(p => ids.Contains(p.UserId)).ToListAsync(ct);
        return new ProvincePeople(staff, preferences.ToDictionary(p => p.UserId, p => p.ToPreference()));
    }
}
