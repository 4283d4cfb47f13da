using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Persistence;

namespace OpsCenter.Tests.Domain.Architecture;

/// <summary>
/// Pages and endpoints translate; the features' services in Domain read and write the database. A Web type that takes
/// the database itself fails here.
/// </summary>
public sealed class WebLayerTests
{
    [Fact]
    public void NoNewWebType_TakesTheDatabase()
    {
        var offenders = typeof(OpsCenter.Web.Shared.ApiProblems).Assembly.GetTypes()
            .Where(TakesTheDatabase)
            .Select(t => OuterMost(t).FullName!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool TakesTheDatabase(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return type.GetFields(all).Any(f => IsDatabase(f.FieldType))
               || type.GetProperties(all).Any(p => IsDatabase(p.PropertyType))
               || type.GetConstructors(all).Concat<MethodBase>(type.GetMethods(all)).Any(m => m.GetParameters().Any(p => IsDatabase(p.ParameterType)));
    }

    private static bool IsDatabase(Type type) => type == typeof(IDbContextFactory<OpsDbContext>) || type == typeof(OpsDbContext);

    /// <summary>Compiler-made closures and state machines belong to the type that wrote them.</summary>
    private static Type OuterMost(Type type) => type.DeclaringType is { } outer ? OuterMost(outer) : type;
}
