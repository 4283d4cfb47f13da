using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WallBench;

/// <summary>
/// A Blazor Server circuit without a browser, for background load: it loads a page, starts the circuit over the
/// blazorpack protocol exactly as blazor.web.js does (StartCircuit, then UpdateRootComponents with the page's
/// prerendered markers), acknowledges every render batch and answers every JS interop call with success (a module
/// import with an object reference). The server does all the work it does for a television; the client applies nothing.
/// </summary>
internal sealed partial class BlazorCircuitClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 });

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<string> _circuitId = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextObjectId = 1000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> _modules = new();
    private long _errors;
    private Uri? _app;
    private string? _cookie;
    private long _batches;
    private long _bytes;

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>JS.Error messages: the server ended the circuit on an unhandled exception (it may leave the socket open).</summary>
    public long Errors => Interlocked.Read(ref _errors);

    public long BytesReceived => Interlocked.Read(ref _bytes);

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public static async Task<BlazorCircuitClient> StartAsync(Uri app, string path, string cookie, CancellationToken ct)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri(app, path));
        page.Headers.Add("Cookie", cookie);
        using var pageResponse = await Http.SendAsync(page, ct);
        pageResponse.EnsureSuccessStatusCode();
        var html = await pageResponse.Content.ReadAsStringAsync(ct);
        var markers = new JsonArray();
        var id = 0;
        foreach (Match match in Marker().Matches(html))
        {
            markers.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = ++id, ["marker"] = JsonNode.Parse(match.Groups[1].Value) });
        }

        var state = State().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, new Uri(app, "/_blazor/negotiate?negotiateVersion=1"));
        negotiate.Headers.Add("Cookie", cookie);
        using var negotiated = await Http.SendAsync(negotiate, ct);
        negotiated.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("connectionToken").GetString();

        var client = new BlazorCircuitClient { _app = app, _cookie = cookie };
        client._socket.Options.SetRequestHeader("Cookie", cookie);
        await client._socket.ConnectAsync(new Uri($"ws://{app.Authority}/_blazor?id={token}"), ct);
        await client._socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}" + RecordSeparator), WebSocketMessageType.Text, true, ct);
        _ = client.ReceiveLoopAsync();
        _ = client.PingLoopAsync();
        await client.SendAsync(1, new Dictionary<string, string>(), "0", "StartCircuit", new object?[] { app.ToString(), new Uri(app, path).ToString(), "[]", "" });
        await client._circuitId.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = markers };
        await client.SendAsync(1, new Dictionary<string, string>(), null, "UpdateRootComponents", new object?[] { batch.ToJsonString(), state });
        return client;
    }

    private Task SendAsync(params object?[] message) => SendFrameAsync(MessagePackLite.Frame(message));

    private async Task SendFrameAsync(byte[] frame)
    {
        await _sendLock.WaitAsync(_stopping.Token);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Binary, true, _stopping.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task PingLoopAsync()
    {
        var ping = MessagePackLite.Frame(6L);
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _stopping.Token);
                await SendFrameAsync(ping);
            }
        }
        catch (Exception)
        {
            // The connection ended; the receive loop reports it.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[256 * 1024];
        var pending = new MemoryStream();
        var handshakeDone = false;
        var messages = new List<object?[]>();
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Interlocked.Add(ref _bytes, result.Count);
                pending.Write(buffer, 0, result.Count);
                if (!handshakeDone)
                {
                    var text = Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length);
                    var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        continue;
                    }

                    handshakeDone = true;
                    var rest = pending.GetBuffer().AsSpan(Encoding.UTF8.GetByteCount(text[..(end + 1)]), (int)pending.Length - Encoding.UTF8.GetByteCount(text[..(end + 1)])).ToArray();
                    pending = new MemoryStream();
                    pending.Write(rest);
                }

                messages.Clear();
                var consumed = MessagePackLite.ReadFrames(pending.GetBuffer().AsSpan(0, (int)pending.Length), messages);
                var left = pending.GetBuffer().AsSpan(consumed, (int)pending.Length - consumed).ToArray();
                pending.SetLength(0);
                pending.Write(left);
                foreach (var message in messages)
                {
                    await HandleAsync(message);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _circuitId.TrySetException(new InvalidOperationException("The circuit connection closed before the circuit started."));
        }
    }

    /// <summary>Set to see every message a circuit receives (bench/wall/run.sh --probe).</summary>
    public static bool Trace { get; set; }

    private async Task HandleAsync(object?[] message)
    {
        if (Trace)
        {
            Console.Error.WriteLine($"  <- {message[0]} {(message.Length > 3 ? message[3] : message.Length > 2 ? message[2] : "")} {(message.Length > 4 && message[4] is object?[] a ? string.Join(", ", a.Select(x => x is byte[] b ? $"{b.Length} bytes" : x?.ToString()?[..Math.Min(80, x.ToString()!.Length)])) : "")}");
        }

        switch ((long)message[0]!)
        {
            case 1 when message[3] is "JS.RenderBatch":
                var batch = (object?[])message[4]!;
                Interlocked.Increment(ref _batches);
                await SendAsync(1, new Dictionary<string, string>(), null, "OnRenderCompleted", new object?[] { (long)batch[0]!, null });
                break;
            case 1 when message[3] is "JS.Error":
                Interlocked.Increment(ref _errors);
                break;
            case 1 when message[3] is "JS.BeginInvokeJS":
                var call = (object?[])message[4]!;
                var handle = (long)call[0]!;
                if (handle != 0)
                {
                    // JSCallResultType 1 is an object reference (a module import); the wall module's init answers the screen's
                    // type size, a number (null fails the page's OnAfterRenderAsync and ends the circuit, as it did unnoticed
                    // once init began to answer one); everything else succeeds with no value.
                    string result;
                    if ((long)call[3]! == 1)
                    {
                        var objectId = Interlocked.Increment(ref _nextObjectId);
                        _modules[objectId] = call[2] as string ?? "";
                        result = $"{{\"__jsObjectId\":{objectId}}}";
                    }
                    else
                    {
                        var target = call.Length > 4 && call[4] is long id ? _modules.GetValueOrDefault(id, "") : "";
                        result = call[1] is "init" && target.Contains("ops-wall.js", StringComparison.Ordinal) ? "16" : "null";
                    }

                    await SendAsync(1, new Dictionary<string, string>(), null, "EndInvokeJSFromDotNet", new object?[] { handle, true, $"[{handle},true,{result}]" });
                }

                break;
            case 3 when message[2] is "0":
                if (message.Length > 4 && message[4] is string circuit && circuit.Length > 0)
                {
                    _circuitId.TrySetResult(circuit);
                }
                else
                {
                    _circuitId.TrySetException(new InvalidOperationException("StartCircuit failed: " + string.Join(", ", message.Select(m => m?.ToString()))));
                }

                break;
            case 7:
                await _stopping.CancelAsync();
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // What blazor.web.js does on unload (navigator.sendBeacon): the server disposes the circuit now instead of
            // keeping it for a reconnection that will never come.
            if (_circuitId.Task.IsCompletedSuccessfully && _app is not null)
            {
                using var disconnect = new HttpRequestMessage(HttpMethod.Post, new Uri(_app, "/_blazor/disconnect"))
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = _circuitId.Task.Result }),
                };
                disconnect.Headers.Add("Cookie", _cookie ?? "");
                using var _ = await Http.SendAsync(disconnect);
            }

            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception)
        {
            // Closing a connection the server already dropped.
        }

        await _stopping.CancelAsync();
        _socket.Dispose();
    }

    [GeneratedRegex("<!--Blazor:(\\{\"type\":\"server\".*?\\})-->")]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->")]
    private static partial Regex State();
}
