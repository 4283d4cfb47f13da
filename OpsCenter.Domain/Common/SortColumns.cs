using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Common;

/// <summary>
/// The columns a list may be sorted by, each a key the database orders by, and a unique key that breaks ties so pages
/// never repeat or skip a row. A request naming any other column, or asking for more than <see cref="PageRequest.MaxSize"/>
/// rows, is refused rather than sorted arbitrarily or read whole.
/// </summary>
public sealed class SortColumns<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> _tieBreak;
    private readonly string _default;
    private readonly bool _defaultDescending;

    private SortColumns(string defaultColumn, bool defaultDescending, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> tieBreak)
    {
        _default = defaultColumn;
        _defaultDescending = defaultDescending;
        _tieBreak = tieBreak;
    }

    /// <summary>A list whose order, when the request names none, is <paramref name="defaultColumn"/>; ties go by <paramref name="uniqueKey"/>.</summary>
    public static SortColumns<T> Create<TKey>(string defaultColumn, bool defaultDescending, Expression<Func<T, TKey>> uniqueKey) =>
        new(defaultColumn, defaultDescending, (q, descending) => descending ? q.ThenByDescending(uniqueKey) : q.ThenBy(uniqueKey));

    public IReadOnlyCollection<string> Names => _columns.Keys;

    public SortColumns<T> By<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _columns[name] = (q, descending) => descending ? q.OrderByDescending(key) : q.OrderBy(key);
        return this;
    }

    /// <summary>What is wrong with the request, naming the field, or null when it can be served.</summary>
    public FieldError? Check(PageRequest request)
    {
        if (request.Sort is { Length: > 0 } sort && !_columns.ContainsKey(sort))
        {
            var known = string.Join(", ", _columns.Keys);
            return new FieldError("sort", $"เรียงตามคอลัมน์ \"{sort}\" ไม่ได้ (ได้เฉพาะ {known})", $"Cannot sort by \"{sort}\" (only {known})");
        }

        if (request.Size is < 1 or > PageRequest.MaxSize)
        {
            return new FieldError("size", $"ขนาดหน้าต้องอยู่ระหว่าง 1 ถึง {PageRequest.MaxSize} แถว", $"Page size must be between 1 and {PageRequest.MaxSize} rows");
        }

        return request.Offset < 0 ? new FieldError("offset", "ตำแหน่งเริ่มต้นต้องไม่ติดลบ", "Offset cannot be negative") : null;
    }

    /// <summary>The requested page of <paramref name="query"/>, counted, sorted and cut in the database, then shaped into rows.</summary>
    public async Task<Paged<TRow>> PageAsync<TRow>(IQueryable<T> query, PageRequest request, Expression<Func<T, TRow>> row, CancellationToken ct = default)
    {
        if (Check(request) is { } error)
        {
            return Paged<TRow>.Refused(error);
        }

        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, request).Skip(request.Offset).Take(request.Size).Select(row).ToListAsync(ct);
        return new Paged<TRow>(rows, total);
    }

    internal IOrderedQueryable<T> Sorted(IQueryable<T> query, PageRequest request)
    {
        var (name, descending) = request.Sort is { Length: > 0 } sort ? (sort, request.Descending) : (_default, _defaultDescending);
        return _tieBreak(_columns[name](query, descending), descending);
    }
}
