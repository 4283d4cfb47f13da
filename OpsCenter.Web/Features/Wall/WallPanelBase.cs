using Microsoft.AspNetCore.Components;

namespace OpsCenter.Web.Features.Wall;

/// <summary>
/// A wall panel re-renders only when what it shows changed: the feed keeps a part's instance when its content did not
/// change, so comparing the render key (parts by value, lists by reference) skips the render and sends nothing.
/// </summary>
public abstract class WallPanelBase : ComponentBase
{
    private object? _renderedKey;

    /// <summary>Everything the markup depends on, as a tuple.</summary>
    protected abstract object RenderKey { get; }

    protected override bool ShouldRender()
    {
        var key = RenderKey;
        if (Equals(key, _renderedKey))
        {
            return false;
        }

        _renderedKey = key;
        return true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _renderedKey = RenderKey;
        }
    }
}
