namespace OpsCenter.Domain.Common;

/// <summary>
/// One page of a list as a grid or an API asks for it: where it starts, how many rows, the column it is sorted by (a
/// name from the list's <see cref="SortColumns{T}"/>; null for the list's own order) and which way.
/// </summary>
public sealed record PageRequest(int Offset = 0, int Size = PageRequest.DefaultSize, string? Sort = null, bool Descending = false)
{
    public const int DefaultSize = 25;

    /// <summary>The most rows one request returns: a list is read a page at a time, never whole.</summary>
    public const int MaxSize = 200;
}

/// <summary>A page of rows and how many rows the whole filtered list has; or, for a request that was refused, why.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, FieldError? Error = null)
{
    public static readonly Paged<T> Empty = new([], 0);

    public static Paged<T> Refused(FieldError error) => new([], 0, error);

    public Paged<TOther> Select<TOther>(Func<T, TOther> map) => new(Rows.Select(map).ToList(), Total, Error);
}
