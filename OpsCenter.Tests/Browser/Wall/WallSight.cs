using Microsoft.Playwright;

namespace OpsCenter.Tests.Browser.Wall;

/// <summary>
/// What a person across the room can see on a wall page, measured in the browser: how large a tile's figure is against
/// its tile, whether a text is cut (by its own box, an ellipsis, or an ancestor that hides overflow), and whether
/// anything on screen invites a click or a key.
/// </summary>
internal static class WallSight
{
    /// <summary>
    /// A figure fills its tile when its font is at least this share of the tile's height (a 40 px number in a 190 px
    /// tile, the complaint, is a fifth; a quarter is about the most a tile with a label, a status word and a note can
    /// give)...
    /// </summary>
    public const double FigureShareOfTileHeight = 0.25;

    /// <summary>...or, in a tile too narrow for that, when its line spans this share of the tile's inner width: wider it would be cut.</summary>
    public const double FigureShareOfTileWidth = 0.7;

    // Why an element's text is not wholly visible, or null: an ellipsis, its own box hiding what overflows it, or an
    // ancestor that hides overflow cutting the text's extent (its box plus what overflows it). Block elements only (an
    // inline box has no client size). Sarabun's glyphs reach a little past a tight line-height; that is not a cut unless
    // something hides it.
    private const string ClippedJs = """
        el => {
          const s = getComputedStyle(el);
          if (s.textOverflow === 'ellipsis' && s.overflowX !== 'visible') return 'ends in an ellipsis';
          const overW = Math.max(0, el.scrollWidth - el.clientWidth), overH = Math.max(0, el.scrollHeight - el.clientHeight);
          if ((s.overflowX !== 'visible' && overW > 1) || (s.overflowY !== 'visible' && overH > 1))
            return `hidden by its own box (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return 'has no size';
          const text = { left: r.left, top: r.top, right: r.right + overW, bottom: r.bottom + overH };
          for (let a = el.parentElement; a; a = a.parentElement) {
            const as = getComputedStyle(a);
            if (as.overflowX === 'visible' && as.overflowY === 'visible') continue;
            const b = a.getBoundingClientRect();
            if (text.left < b.left - 1 || text.right > b.right + 1 || text.top < b.top - 1 || text.bottom > b.bottom + 1)
              return `cut by <${a.tagName.toLowerCase()} class="${a.className}">`;
          }
          if (text.right > innerWidth + 1 || text.bottom > innerHeight + 1) return 'off the screen';
          return null;
        }
        """;

    /// <summary>Each text the locator finds that is cut, with the reason; empty when all are whole.</summary>
    public static async Task<IReadOnlyList<string>> ClippedAsync(ILocator texts)
    {
        var cut = new List<string>();
        foreach (var text in await texts.AllAsync())
        {
            if (await text.EvaluateAsync<string?>(ClippedJs) is { } reason)
            {
                cut.Add($"'{await text.InnerTextAsync()}' {reason}");
            }
        }

        return cut;
    }

    /// <summary>Tiles whose figure is small for the tile or cut, described; empty when every figure fills its tile.</summary>
    public static async Task<IReadOnlyList<string>> SmallFiguresAsync(IPage page, string tiles = ".ops-wall-tile")
    {
        var measures = await page.EvaluateAsync<double[][]>(
            """
            selector => [...document.querySelectorAll(selector)].map(tile => {
              const figure = tile.querySelector('.ops-wall-figure');
              const number = figure.querySelector('[data-testid$="-value"]');
              const t = tile.getBoundingClientRect();
              const s = getComputedStyle(tile);
              const inner = t.width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
              return [parseFloat(getComputedStyle(number).fontSize), t.height, inner, figure.scrollWidth];
            })
            """, tiles);
        Assert.NotEmpty(measures);
        var small = measures
            .Where(m => m[0] < FigureShareOfTileHeight * m[1] && m[3] < FigureShareOfTileWidth * m[2])
            .Select(m => $"a {m[0]:0} px figure ({m[3]:0} px wide) in a {m[2]:0}×{m[1]:0} px tile");
        return [.. small, .. await ClippedAsync(page.Locator($"{tiles} .ops-wall-figure"))];
    }

    /// <summary>Visible things that ask to be clicked, typed into or focused, and visible text that names a key.</summary>
    public static Task<string[]> AffordancesAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
          const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0'; };
          const found = [...document.querySelectorAll('button, a[href], input, select, textarea, [role=button], [tabindex]:not([tabindex="-1"])')]
            .filter(visible).map(el => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 40)}`);
          const keys = /←|→|\bSpace\b|\bHome\b|\bEsc\b|กด\s|คีย์|full screen|เต็มจอ/i;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (keys.test(n.textContent) && n.parentElement && visible(n.parentElement)) found.push(`text "${n.textContent.trim().slice(0, 60)}"`);
          }
          return found;
        }
        """);

    /// <summary>The share of the viewport an element covers.</summary>
    public static Task<double> ShareOfViewportAsync(ILocator element) =>
        element.EvaluateAsync<double>("el => { const r = el.getBoundingClientRect(); return (r.width * r.height) / (innerWidth * innerHeight); }");

    /// <summary>Fails naming every problem found (xunit shortens a collection it prints).</summary>
    public static void None(IReadOnlyCollection<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{what}: {string.Join("; ", problems)}");

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OPSCENTER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
        }
    }
}
