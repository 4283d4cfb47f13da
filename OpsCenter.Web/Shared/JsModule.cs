using Microsoft.JSInterop;

namespace OpsCenter.Web.Shared;

/// <summary>
/// A lazily imported ES module whose disposal never throws when the circuit is already gone (a closed tab or a wall
/// screen that lost its network), which is when most disposals happen.
/// </summary>
public sealed class JsModule(IJSRuntime js, string path) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    public async ValueTask InvokeVoidAsync(string identifier, params object?[] args)
    {
        var module = await (_module ??= js.InvokeAsync<IJSObjectReference>("import", path).AsTask());
        await module.InvokeVoidAsync(identifier, args);
    }

    public async ValueTask<T> InvokeAsync<T>(string identifier, params object?[] args)
    {
        var module = await (_module ??= js.InvokeAsync<IJSObjectReference>("import", path).AsTask());
        return await module.InvokeAsync<T>(identifier, args);
    }

    /// <summary>
    /// Calls a function unless the circuit is disconnected (a network blip on a wall screen): false then, and the caller
    /// tries again on its next render instead of failing the circuit.
    /// </summary>
    public async ValueTask<bool> TryInvokeVoidAsync(string identifier, params object?[] args)
    {
        try
        {
            await InvokeVoidAsync(identifier, args);
            return true;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
    }

    /// <summary>Calls a function during disposal; a missing circuit means the browser side is gone already.</summary>
    public async ValueTask InvokeSafelyAsync(string identifier, params object?[] args)
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            var module = await _module;
            await module.InvokeVoidAsync(identifier, args);
        }
        catch (JSDisconnectedException)
        {
        }
        catch (TaskCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await (await _module).DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        catch (TaskCanceledException)
        {
        }
    }
}
