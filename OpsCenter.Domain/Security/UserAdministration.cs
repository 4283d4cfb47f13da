using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsCenter.Domain.Audit;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Domain.Security;

/// <summary>Who the admin's people list shows: a part of a user name or display name, and one role; null means any.</summary>
public sealed record UserFilter(string? Text = null, string? Role = null);

public sealed record UserRow(string Id, string UserName, string DisplayName, string ProvinceCode, bool IsDisabled, IReadOnlyList<string> Roles);

/// <summary>
/// An admin's changes to the people of their own province: roles and disabling. Users of other provinces and the
/// national office are out of a province administrator's reach; only province roles can be granted. Each renews the user's security stamp, so open sessions and
/// circuits lose the old rights within the revalidation interval, and each is audited in the same commit.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, IAuditLog audit)
{
    /// <summary>The columns the people list sorts by, named as <see cref="UserRow"/>'s properties; by user name when none is named.</summary>
    public static readonly SortColumns<OpsUser> Columns = SortColumns<OpsUser>.Create(nameof(UserRow.UserName), false, u => u.Id)
        .By(nameof(UserRow.UserName), u => u.UserName)
        .By(nameof(UserRow.DisplayName), u => u.DisplayName)
        .By(nameof(UserRow.IsDisabled), u => u.IsDisabled);

    /// <summary>A page of the province's people and their roles, for its administrators; empty for anyone else.</summary>
    public async Task<Paged<UserRow>> PageAsync(Actor actor, UserFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (Columns.Check(page) is { } error)
        {
            return Paged<UserRow>.Refused(error);
        }

        if (!SecurityPolicy.CanAdminister(actor) || actor.ProvinceCode is not { } provinceCode)
        {
            return Paged<UserRow>.Empty;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
        var links = db.Set<IdentityUserRole<string>>();
        var national = db.Set<IdentityRole>().Where(r => r.Name == OpsRoles.National).Select(r => r.Id);
        var users = db.Set<OpsUser>().AsNoTracking()
            .Where(u => u.ProvinceCode == provinceCode && !links.Any(l => l.UserId == u.Id && national.Contains(l.RoleId)));
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            users = users.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        }

        if (filter.Role is { } role)
        {
            users = users.Where(u => links.Any(l => l.UserId == u.Id && db.Set<IdentityRole>().Any(r => r.Id == l.RoleId && r.Name == role)));
        }

        var found = await Columns.PageAsync(users, page, u => new { u.Id, UserName = u.UserName ?? "", u.DisplayName, u.ProvinceCode, u.IsDisabled }, cancellationToken);
        var ids = found.Rows.Select(u => u.Id).ToList();
        var roles = (await (from link in links
                            join r in db.Set<IdentityRole>() on link.RoleId equals r.Id
                            where ids.Contains(link.UserId)
                            select new { link.UserId, r.Name }).ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name!);
        return found.Select(u => new UserRow(u.Id, u.UserName, u.DisplayName, u.ProvinceCode, u.IsDisabled, roles[u.Id].Order(StringComparer.Ordinal).ToList()));
    }

    /// <summary>Gives the user exactly <paramref name="roles"/>. Roles other than a province's are refused; an admin cannot remove their own Admin role.</summary>
    public async Task<bool> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, Actor admin, CancellationToken cancellationToken = default)
    {
        if (!SecurityPolicy.CanAdminister(admin) || admin.ProvinceCode is not { } provinceCode
            || roles.Any(r => !OpsRoles.ProvinceRoles.Contains(r)) || (userId == admin.UserId && !roles.Contains(OpsRoles.Admin)))
        {
            return false;
        }

        var actor = admin.ForAudit;
        return await ChangeAsync(userId, provinceCode, async (users, user, db) =>
        {
            var current = await users.GetRolesAsync(user);
            var removed = current.Except(roles).ToList();
            var added = roles.Except(current).ToList();
            if (removed.Count == 0 && added.Count == 0)
            {
                return true;
            }

            audit.Add(db, actor, AuditActions.UserRolesChanged, "user", user.Id, user.ProvinceCode,
                $"{string.Join('+', current.Order(StringComparer.Ordinal))} -> {string.Join('+', roles.Order(StringComparer.Ordinal))}");
            return (await users.RemoveFromRolesAsync(user, removed)).Succeeded && (await users.AddToRolesAsync(user, added)).Succeeded;
        });
    }

    public async Task<bool> SetDisabledAsync(string userId, bool disabled, Actor admin, CancellationToken cancellationToken = default)
    {
        if (!SecurityPolicy.CanAdminister(admin) || admin.ProvinceCode is not { } provinceCode || (userId == admin.UserId && disabled))
        {
            return false;
        }

        var actor = admin.ForAudit;
        return await ChangeAsync(userId, provinceCode, async (users, user, db) =>
        {
            user.IsDisabled = disabled;
            audit.Add(db, actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, "user", user.Id, user.ProvinceCode, user.UserName);
            return (await users.UpdateAsync(user)).Succeeded;
        });
    }

    private async Task<bool> ChangeAsync(string userId, string provinceCode, Func<UserManager<OpsUser>, OpsUser, OpsDbContext, Task<bool>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsUser>>();
        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.ProvinceCode != provinceCode || await users.IsInRoleAsync(user, OpsRoles.National) || !await change(users, user, db))
        {
            return false;
        }

        return (await users.UpdateSecurityStampAsync(user)).Succeeded;
    }
}
