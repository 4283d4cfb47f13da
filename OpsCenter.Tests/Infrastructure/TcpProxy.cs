using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpsCenter.Tests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder between a browser and the app, so a test can cut every open connection at once: the
/// network blip a television on Wi-Fi sees, without stopping the server.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stopping = new();

    public TcpProxy(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _ = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>While true, new connections are closed at once: the target looks down (a database outage, say).</summary>
    public bool Refusing { get; set; }

    /// <summary>Closes every connection open now; new ones are accepted as before.</summary>
    public void DropAll()
    {
        foreach (var client in _open.Keys)
        {
            _open.TryRemove(client, out _);
            if (client.Client is { Connected: true } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            client.Dispose();
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = PipeAsync(inbound);
        }
    }

    private async Task PipeAsync(TcpClient inbound)
    {
        if (Refusing)
        {
            inbound.Client.LingerState = new LingerOption(true, 0);
            inbound.Dispose();
            return;
        }

        using var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_target, _stopping.Token);
            _open[inbound] = 0;
            _open[outbound] = 0;
            await using var a = inbound.GetStream();
            await using var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, _stopping.Token), b.CopyToAsync(a, _stopping.Token));
        }
        catch (Exception)
        {
            // A dropped or refused connection is what this class is for.
        }
        finally
        {
            _open.TryRemove(inbound, out _);
            _open.TryRemove(outbound, out _);
            inbound.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        DropAll();
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
