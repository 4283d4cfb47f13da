namespace OpsCenter.Domain.Events;

/// <summary>
/// Where the relay has read the outbox up to. Ids are taken when a row is inserted but become visible at commit, so a
/// later id can show up before an earlier one; the earlier one is remembered as missing and looked for until it appears
/// or <see cref="OutboxOptions.GapTimeout"/> says it was rolled back.
/// </summary>
public sealed class OutboxCursor(int maxMissing = 1000)
{
    private readonly Dictionary<long, DateTime> _missing = [];

    public long HighestRead { get; private set; }

    public bool IsStarted { get; private set; }

    public IReadOnlyCollection<long> Missing => _missing.Keys;

    public void Start(long latestSequence)
    {
        HighestRead = latestSequence;
        IsStarted = true;
    }

    /// <summary>Records a row read above the cursor; ids skipped on the way are remembered as missing.</summary>
    public void Read(long sequence, DateTime now)
    {
        if (sequence <= HighestRead)
        {
            _missing.Remove(sequence);
            return;
        }

        for (var skipped = HighestRead + 1; skipped < sequence && _missing.Count < maxMissing; skipped++)
        {
            _missing[skipped] = now;
        }

        HighestRead = sequence;
    }

    /// <summary>Forgets missing ids older than the timeout: those transactions rolled back.</summary>
    public void Expire(DateTime now, TimeSpan timeout)
    {
        foreach (var (sequence, since) in _missing.ToList())
        {
            if (now - since >= timeout)
            {
                _missing.Remove(sequence);
            }
        }
    }
}
