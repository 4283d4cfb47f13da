using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpsCenter.Tests.Infrastructure;

public static partial class HttpClientExtensions
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests see the 302s they assert on.</summary>
    public static HttpClient CreateBrowserLikeClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Signs in through the real /login form, antiforgery token included; returns the response to the POST. The form can
    /// come from another client (another instance: its antiforgery token must hold on this one).
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password, HttpClient? formFrom = null)
    {
        var form = await (formFrom ?? client).GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login page has no antiforgery token.");
        }

        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/login", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
