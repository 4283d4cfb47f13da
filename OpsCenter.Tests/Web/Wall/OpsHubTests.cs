using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OpsCenter.Tests.Web.Wall;

/// <summary>The hub through a raw WebSocket speaking SignalR's JSON protocol (the .NET SignalR client does not restore here).</summary>
public sealed class OpsHubTests(WallApp app) : IClassFixture<WallApp>
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task ScreenTokenClient_ReceivesIdsOnlyEvents_AndCanCatchUp()
    {
        var token = await app.IssueTokenAsync();
        using var socket = await ConnectAsync(token.Secret);

        var reportId = (await app.PostReportAsync()).ToString(CultureInfo.InvariantCulture);

        var message = await ReceiveUntilAsync(socket, m => m.TryGetProperty("target", out var t) && t.GetString() == "event"
            && m.GetProperty("arguments")[0].GetProperty("subjectId").GetString() == reportId);
        var received = message.GetProperty("arguments")[0];
        Assert.Equal("report.received", received.GetProperty("kind").GetString());
        Assert.Equal("19", received.GetProperty("provinceCode").GetString());
        Assert.Equal(["kind", "provinceCode", "subjectId", "occurredAt", "sequence"], received.EnumerateObject().Select(p => p.Name));

        var sequence = received.GetProperty("sequence").GetInt64();
        await SendAsync(socket, $$"""{"type":1,"invocationId":"1","target":"CatchUp","arguments":[{{sequence - 1}}]}""");
        var completion = await ReceiveUntilAsync(socket, m => m.GetProperty("type").GetInt32() == 3);
        Assert.Contains(completion.GetProperty("result").EnumerateArray(), e => e.GetProperty("subjectId").GetString() == reportId);
    }

    [Fact]
    public async Task ClientWithoutCredentials_IsRefused()
    {
        var error = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(null));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    private async Task<ClientWebSocket> ConnectAsync(string? secret)
    {
        var socket = new ClientWebSocket();
        var query = secret is null ? "" : $"?access_token={Uri.EscapeDataString(secret)}";
        await socket.ConnectAsync(new Uri($"ws://{app.ServerAddress.Authority}/hubs/ops{query}"), CancellationToken.None);
        await SendAsync(socket, """{"protocol":"json","version":1}""");
        var handshake = await ReceiveUntilAsync(socket, _ => true);
        Assert.False(handshake.TryGetProperty("error", out _));
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonElement, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            var text = pending.ToString();
            var end = text.LastIndexOf(RecordSeparator);
            if (end < 0)
            {
                continue;
            }

            pending.Clear().Append(text[(end + 1)..]);
            foreach (var frame in text[..end].Split(RecordSeparator))
            {
                var message = JsonDocument.Parse(frame).RootElement.Clone();
                if (wanted(message))
                {
                    return message;
                }
            }
        }
    }
}
