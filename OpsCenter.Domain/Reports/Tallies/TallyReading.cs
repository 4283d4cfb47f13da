namespace OpsCenter.Domain.Reports.Tallies;

/// <summary>
/// Whether screens read the tallies (the default) or count the raw rows (<c>Reports:ReadTallies=false</c>). The raw
/// path stays as the reference the tests compare the tallies with and bench/scale times them against, and as a way
/// out should the tallies ever be suspect (then <c>tallies check</c> and <c>tallies rebuild</c>).
/// </summary>
public sealed class TallyReading(TallyFolding folding)
{
    public bool Enabled { get; set; } = true;

    /// <summary>Whether to read the tallies; when so, the pending deltas are folded first, so the tallies count every committed report.</summary>
    public async Task<bool> ReadyAsync(CancellationToken ct)
    {
        if (!Enabled)
        {
            return false;
        }

        await folding.FoldAsync(ct);
        return true;
    }
}
