using Microsoft.Extensions.Options;

namespace OpsCenter.Web.Features.Operations;

/// <summary>A successful public answer kept for when the database is down: its bytes, its type and when it was true.</summary>
public sealed record LastGoodAnswer(byte[] Body, string? ContentType, DateTimeOffset At);

/// <summary>
/// The last good answer of each anonymous public read, bounded by bytes and least-recently-used first out, so an outage
/// serves what was true a moment ago instead of a 503. Identical requests get identical answers whoever asks, so
/// nothing is revealed that the live system would not have answered.
/// </summary>
public sealed class LastGoodAnswers(IOptions<OperationsOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, LastGoodAnswer Answer)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, LastGoodAnswer Answer)> _recent = new();
    private long _bytes;

    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Largest single answer worth keeping (an eighth of the budget).</summary>
    public long MaxAnswerBytes => options.Value.LastGoodAnswerBytes / 8;

    public void Keep(string key, byte[] body, string? contentType)
    {
        var budget = options.Value.LastGoodAnswerBytes;
        if (body.Length > MaxAnswerBytes || budget <= 0)
        {
            return;
        }

        lock (_gate)
        {
            Forget(key);
            _byKey[key] = _recent.AddFirst((key, new LastGoodAnswer(body, contentType, time.GetUtcNow())));
            _bytes += body.Length;
            while (_bytes > budget && _recent.Last is { } oldest)
            {
                Forget(oldest.Value.Key);
            }
        }
    }

    public LastGoodAnswer? Find(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            if (time.GetUtcNow() - node.Value.Answer.At > options.Value.LastGoodAnswerMaxAge)
            {
                Forget(key);
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Answer;
        }
    }

    private void Forget(string key)
    {
        if (_byKey.Remove(key, out var node))
        {
            _recent.Remove(node);
            _bytes -= node.Value.Answer.Body.Length;
        }
    }
}
