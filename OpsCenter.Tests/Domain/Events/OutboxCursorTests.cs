using OpsCenter.Domain.Events;

namespace OpsCenter.Tests.Domain.Events;

public sealed class OutboxCursorTests
{
    private static readonly DateTime T0 = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Read_InOrder_LeavesNothingMissing()
    {
        var cursor = new OutboxCursor();
        cursor.Start(10);

        cursor.Read(11, T0);
        cursor.Read(12, T0);

        Assert.Equal(12, cursor.HighestRead);
        Assert.Empty(cursor.Missing);
    }

    [Fact]
    public void Read_PastAGap_RemembersTheGap_UntilTheLateRowArrives()
    {
        var cursor = new OutboxCursor();
        cursor.Start(10);

        cursor.Read(13, T0);
        Assert.Equal([11L, 12L], cursor.Missing.Order());

        cursor.Read(12, T0.AddSeconds(1));
        Assert.Equal([11L], cursor.Missing);
        Assert.Equal(13, cursor.HighestRead);
    }

    [Fact]
    public void Expire_ForgetsGapsOlderThanTheTimeout_AsRolledBack()
    {
        var cursor = new OutboxCursor();
        cursor.Start(0);
        cursor.Read(2, T0);
        cursor.Read(5, T0.AddSeconds(20));

        cursor.Expire(T0.AddSeconds(30), TimeSpan.FromSeconds(30));

        Assert.Equal([3L, 4L], cursor.Missing.Order());
    }

    [Fact]
    public void Read_AHugeJump_RemembersABoundedNumberOfGaps()
    {
        var cursor = new OutboxCursor(maxMissing: 100);
        cursor.Start(0);

        cursor.Read(1_000_000, T0);

        Assert.Equal(100, cursor.Missing.Count);
        Assert.Equal(1_000_000, cursor.HighestRead);
    }
}
