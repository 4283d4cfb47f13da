using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Warehouse;

namespace OpsCenter.Web.Features.Warehouse;

/// <summary>
/// A just-published version being loaded into the warehouse, its rows counted as they are appended. It waits on the same
/// load as everyone else (the one the publish event started, or its own when none runs) and reads the running count the
/// store keeps, so watching never loads a version twice.
/// </summary>
public sealed partial class WarehouseLoadProgress
{
    /// <summary>How often the count is read again: often enough to move, rarely enough for a circuit.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _watching = new();
    private long rows;
    private bool done;
    private WarehouseTable? loaded;

    [Parameter, EditorRequired]
    public long VersionId { get; set; }

    [Parameter, EditorRequired]
    public long TotalRows { get; set; }

    [Inject]
    private WarehouseStore Store { get; set; } = default!;

    private int Percent => done ? 100 : TotalRows <= 0 ? 0 : (int)Math.Min(99, rows * 100 / TotalRows);

    protected override void OnInitialized() => _ = WatchAsync(_watching.Token);

    private async Task WatchAsync(CancellationToken watching)
    {
        // The load is not the page's to cancel: others may wait on it, and the next query would start it again.
        var load = Task.Run(() => Store.TableAsync(VersionId), CancellationToken.None);
        try
        {
            while (!load.IsCompleted)
            {
                await Task.WhenAny(load, Task.Delay(Interval, watching));
                watching.ThrowIfCancellationRequested();
                rows = Store.LoadingRows(VersionId) ?? rows;
                await InvokeAsync(StateHasChanged);
            }

            loaded = await load;
            done = true;
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) when (watching.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DispatchExceptionAsync(e);
        }
    }

    public void Dispose()
    {
        _watching.Cancel();
        _watching.Dispose();
    }
}
