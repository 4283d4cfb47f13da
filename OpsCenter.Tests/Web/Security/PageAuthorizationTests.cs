using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace OpsCenter.Tests.Web.Security;

public sealed class PageAuthorizationTests
{
    /// <summary>Deny by omission is impossible: every routable page states who may see it.</summary>
    [Fact]
    public void EveryRoutablePage_DeclaresAuthorizeOrAllowAnonymous()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Length > 0)
            .ToList();
        Assert.NotEmpty(pages);

        var undeclared = pages
            .Where(t => t.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Length == 0
                        && t.GetCustomAttributes(typeof(AllowAnonymousAttribute), inherit: true).Length == 0)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(undeclared);
    }
}
