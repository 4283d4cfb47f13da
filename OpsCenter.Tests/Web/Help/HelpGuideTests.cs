using System.Security.Claims;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Help;
using OpsCenter.Web.Features.Security;

namespace OpsCenter.Tests.Web.Help;

/// <summary>
/// The guide's links hold without a browser: every step names a page the app has and its reader may open, and every
/// picture the pages show is in wwwroot (the browser tests of <c>Browser/Help</c> take them).
/// </summary>
public sealed class HelpGuideTests
{
    private static readonly string[] Displays = ["phone", "desk", "wall"];

    public static TheoryData<string> Roles => new(HelpGuides.All.Select(g => g.Role));

    [Fact]
    public void Guides_CoverEveryRole_AndTheCitizen()
    {
        var readers = HelpGuides.All.Select(g => g.SignInAs).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(OpsRoles.All.Append(HelpGuide.Anonymous).Order(StringComparer.Ordinal), readers);
        Assert.Equal(readers.Count, HelpGuides.All.Select(g => g.Role).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void EveryStep_NamesAPageItsReaderMayOpen(string role)
    {
        var guide = HelpGuides.Find(role)!;
        var caller = guide.SignInAs == HelpGuide.Anonymous ? PermissionMatrix.Anonymous : guide.SignInAs;
        var pages = PermissionMatrix.Entries.Where(p => p.Surface == Surface.Page).ToDictionary(p => p.Route);

        Assert.Contains(guide.Display, Displays);
        Assert.NotEmpty(guide.Steps);
        Assert.Equal(guide.Steps.Count, guide.Steps.Select(s => s.Id).Distinct().Count());
        foreach (var step in guide.Steps.Where(s => !s.IsTextOnly))
        {
            Assert.True(pages.TryGetValue(step.Route, out var page), $"{role}/{step.Id}: {step.Route} is not a page of the app");
            Assert.True(page.Allows(caller), $"{role}/{step.Id}: {caller} may not open {step.Route}");
            Assert.Contains(guide.DisplayOf(step), Displays);
            Assert.True(step.Open is null || step.Open.StartsWith('/'), $"{role}/{step.Id}: {step.Open} is not an address in the app");
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void EveryStep_IsWrittenInThaiAndEnglish(string role)
    {
        var guide = HelpGuides.Find(role)!;
        var texts = new[] { guide.Title, guide.Summary }.Concat(guide.Steps.SelectMany(s => new[] { s.Title, s.Text }));

        Assert.All(texts, t =>
        {
            Assert.Matches("[\u0E00-\u0E7F]", t.Th);
            Assert.DoesNotMatch("[\u0E00-\u0E7F]{4,}", t.En.Replace("จริง", "", StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
        });
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void EveryPicture_IsInWwwroot(string role)
    {
        var guide = HelpGuides.Find(role)!;
        var wwwroot = Path.Combine(RepositoryRoot(), "OpsCenter.Web", "wwwroot");

        var missing = guide.Steps.Where(s => !s.IsTextOnly).Select(guide.ImageOf).Where(image => !File.Exists(Path.Combine(wwwroot, image))).ToList();

        Assert.True(missing.Count == 0, $"not taken yet (run the Browser.Help tests with OPSCENTER_GUIDE_SCREENSHOTS): {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("/report", false, "/help/citizen#report-what")]
    [InlineData("/reports", true, "/help/agency#queue")]
    [InlineData("/reports/import", true, "/help")]
    [InlineData("/map/1902?subdistrict=190203", false, "/help/official#district")]
    [InlineData("/wall/governor/remote", true, "/help/executive#remote")]
    [InlineData("/reviews/actions", false, "/help/agency#actions")]
    public void HelpButton_LeadsToTheStepAboutThePage(string path, bool asAgencyStaff, string expected)
    {
        var user = asAgencyStaff
            ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, OpsRoles.AgencyStaff)], "test"))
            : new ClaimsPrincipal();

        Assert.Equal(expected, HelpTopics.For(path, user));
    }

    [Fact]
    public void HelpButton_PrefersTheReadersOwnRolesGuide()
    {
        var executive = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, OpsRoles.Executive)], "test"));
        var staff = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, OpsRoles.AgencyStaff)], "test"));

        Assert.Equal("/help/executive#follow-up", HelpTopics.For("/reviews/actions", executive));
        Assert.Equal("/help/agency#actions", HelpTopics.For("/reviews/actions", staff));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpsCenter.sln above {AppContext.BaseDirectory}: the test reads wwwroot");
    }
}
