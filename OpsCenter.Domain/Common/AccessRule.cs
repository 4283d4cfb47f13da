namespace OpsCenter.Domain.Common;

/// <summary>
/// Which callers may reach one of a feature's commands, pages or endpoints: people in <see cref="Roles"/> (any signed-in
/// person when null), wall screens, visitors. The web layer registers each rule as an authorization policy of the same
/// name, the permission matrix reads the rules, and the feature's service asks the same rule before it acts; record
/// checks (the province, the owning agency) follow inside the service.
/// </summary>
public sealed record AccessRule(string Name, IReadOnlyList<string>? Roles = null, bool Screens = false, bool Anonymous = false)
{
    /// <summary>Everyone, signed in or not: what needs no policy at all.</summary>
    public static readonly AccessRule Public = new("public", Screens: true, Anonymous: true);

    public bool IsPublic => Anonymous && Screens && Roles is null;

    public bool Admits(Actor actor) => actor.Kind switch
    {
        ActorKind.Staff => Roles is null || actor.IsInAny(Roles),
        ActorKind.Screen => Screens,
        _ => Anonymous,
    };
}

/// <summary>One feature's access rules, by name.</summary>
public sealed class FeaturePolicy(params AccessRule[] rules)
{
    public IReadOnlyList<AccessRule> Rules => rules;

    public AccessRule this[string name] => rules.Single(r => r.Name == name);

    public bool Admits(string name, Actor actor) => this[name].Admits(actor);
}
