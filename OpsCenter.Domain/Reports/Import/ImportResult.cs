namespace OpsCenter.Domain.Reports.Import;

/// <summary>Where every row of a file went.</summary>
public sealed record ImportResult(
    int RunId, int Rows, int Accepted, int Updated, int Unchanged, IReadOnlyList<ImportRejection> Rejections, int RejectedCount,
    IReadOnlyDictionary<string, int> OutsideProvinceByName, TimeSpan Elapsed, string? FatalError = null)
{
    public static ImportResult Fatal(string error) => new(0, 0, 0, 0, 0, [], 0, new Dictionary<string, int>(), TimeSpan.Zero, error);

    /// <summary>Rows accepted whose location disagrees with their own district or subdistrict name.</summary>
    public IReadOnlyList<ImportRejection> Flags { get; init; } = [];

    /// <summary>Accepted, updated and unchanged rows per province code.</summary>
    public IReadOnlyDictionary<string, int> AcceptedByProvince { get; init; } = new Dictionary<string, int>();

    /// <summary>The run recorded under each province the file touched (the first is <see cref="RunId"/>).</summary>
    public IReadOnlyList<int> RunIds { get; init; } = [];

    /// <summary>New reports imported already overdue: history, announced once per district, never escalated one by one.</summary>
    public int Backlog { get; init; }
}

/// <summary>How far an import is, for a progress bar: rows handled and bytes of the file read.</summary>
public sealed record ImportProgress(long Rows, long BytesRead, long TotalBytes, string Phase);

/// <summary>A stream that counts what was read from it, so progress can be shown before the row count is known.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        BytesRead += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
