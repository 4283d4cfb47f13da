using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Notifications;

/// <summary>Everyone of a province reads their own notifications; its administrators see every delivery and resend failures.</summary>
public static class NotificationPolicy
{
    public const string Read = "notifications.read";
    public const string Administer = "notifications.administer";

    public static readonly FeaturePolicy Rules = new(
        new AccessRule(Read, OpsRoles.ProvinceRoles),
        new AccessRule(Administer, [OpsRoles.Admin]));

    public static bool CanAdminister(Actor actor, string provinceCode) =>
        Rules.Admits(Administer, actor) && actor.ProvinceCode == provinceCode;
}
