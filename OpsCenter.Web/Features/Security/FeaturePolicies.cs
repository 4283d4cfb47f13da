using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;

namespace OpsCenter.Web.Features.Security;

/// <summary>
/// Every feature's access rules (each feature's <c>XxxPolicy.Rules</c> in the domain), found once and registered as
/// authorization policies of the same names, so a page attribute, an endpoint and the service ask the same rule.
/// </summary>
public static class FeaturePolicies
{
    public static readonly IReadOnlyList<AccessRule> All = typeof(FeaturePolicy).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(FeaturePolicy))
        .SelectMany(f => ((FeaturePolicy)f.GetValue(null)!).Rules)
        .ToList();

    private static readonly Dictionary<string, AccessRule> ByName = All.Append(AccessRule.Public).ToDictionary(r => r.Name);

    public static AccessRule Named(string name) =>
        ByName.TryGetValue(name, out var rule) ? rule : throw new KeyNotFoundException($"No feature declares the access rule '{name}'.");

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var rule in All)
        {
            options.AddPolicy(rule.Name, p => p.RequireAuthenticatedUser().RequireAssertion(c => rule.Admits(c.User.ToActor())));
        }
    }
}
