using System.Net.Http.Json;
using System.Text.Json;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// The real SMTP server the tests send to: OPSCENTER_TEST_SMTP, "smtp=host:port;api=http://host:port", which ./test.sh
/// sets after starting smtp4dev (scripts/smtp4dev-private.sh). The inbox is read through smtp4dev's HTTP API.
/// </summary>
public static class TestSmtpServer
{
    public const string Variable = "OPSCENTER_TEST_SMTP";

    public const string NotConfiguredMessage =
        "E-mail tests need an SMTP server: run ./test.sh (it starts smtp4dev) or set OPSCENTER_TEST_SMTP to the output of scripts/smtp4dev-private.sh start <dir>.";

    private static readonly Dictionary<string, string> Parts = Parse(Environment.GetEnvironmentVariable(Variable));

    public static bool IsConfigured => Parts.ContainsKey("smtp") && Parts.ContainsKey("api");

    public static string Host => Parts["smtp"].Split(':')[0];

    public static int Port => int.Parse(Parts["smtp"].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    public static Uri Api => new(Parts["api"]);

    /// <summary>Settings that point the app's e-mail channel at this server.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AppSettings() =>
    [
        new("Notifications:Smtp:Host", Host),
        new("Notifications:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Notifications:Smtp:From", "opscenter@example.org"),
    ];

    private static Dictionary<string, string> Parse(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
}

/// <summary>A fact that runs only when the test SMTP server is configured, and says why it was skipped otherwise.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (!TestSmtpServer.IsConfigured)
        {
            Skip = TestSmtpServer.NotConfiguredMessage;
        }
    }
}

/// <summary>A message as smtp4dev lists it.</summary>
public sealed record ReceivedMail(string Id, IReadOnlyList<string> To, string Subject);

/// <summary>What arrived at the test SMTP server, read through smtp4dev's HTTP API.</summary>
public sealed class Smtp4devInbox : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = TestSmtpServer.Api };

    /// <summary>Every message to an address containing <paramref name="addressPart"/>; tests give their addresses a unique part.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string addressPart)
    {
        var page = await _http.GetFromJsonAsync<JsonElement>($"api/messages?pageSize=100000&searchTerms={Uri.EscapeDataString(addressPart)}");
        return [.. page.GetProperty("results").EnumerateArray()
            .Select(m => new ReceivedMail(m.GetProperty("id").GetString()!, [.. m.GetProperty("to").EnumerateArray().Select(t => t.GetString()!)], m.GetProperty("subject").GetString() ?? ""))
            .Where(m => m.To.Any(t => t.Contains(addressPart, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Waits (polling) until at least <paramref name="count"/> messages have arrived; the test then asserts on what arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string addressPart, int count, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var messages = await ToAsync(addressPart);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    public Task<string> PlainTextAsync(string id) => _http.GetStringAsync($"api/messages/{id}/plaintext");

    public Task<string> HtmlAsync(string id) => _http.GetStringAsync($"api/messages/{id}/html");

    /// <summary>The message's headers (Message-ID, Content-Type …) as smtp4dev parsed them.</summary>
    public async Task<IReadOnlyDictionary<string, string>> HeadersAsync(string id)
    {
        var message = await _http.GetFromJsonAsync<JsonElement>($"api/messages/{id}");
        var headers = message.TryGetProperty("headers", out var h) ? h : default;
        return headers.ValueKind == JsonValueKind.Array
            ? headers.EnumerateArray().GroupBy(x => x.GetProperty("name").GetString()!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString() ?? "", StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>();
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A theory that runs only when the test SMTP server is configured (per provider, like database theories).</summary>
public sealed class SmtpTheoryAttribute : TheoryAttribute
{
    public SmtpTheoryAttribute()
    {
        if (!TestSmtpServer.IsConfigured)
        {
            Skip = TestSmtpServer.NotConfiguredMessage;
        }
    }
}

/// <summary>A theory that needs both the test SMTP server and ../shared/data (real import files), and says which is missing.</summary>
public sealed class SmtpAndSharedDataTheoryAttribute : TheoryAttribute
{
    public SmtpAndSharedDataTheoryAttribute()
    {
        if (!TestSmtpServer.IsConfigured)
        {
            Skip = TestSmtpServer.NotConfiguredMessage;
        }
        else if (SharedData.Root is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
