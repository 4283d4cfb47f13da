using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Budget;

/// <summary>An explorer view cited as evidence: its address (version pinned) and what it shows.</summary>
public sealed record CitedView(string Url, string DatasetSlug, string DatasetTitleTh, string? DatasetTitleEn, int Version)
{
    public string TitleTh => $"{DatasetTitleTh} ฉบับที่ {Version}";

    public string TitleEn => $"{DatasetTitleEn ?? DatasetTitleTh}, version {Version}";
}

/// <summary>The view a citation names, or why it cannot be cited (Thai and English).</summary>
public sealed record CitedViewAnswer(CitedView? View, string? ProblemTh = null, string? ProblemEn = null);

/// <summary>
/// Explorer views of the data warehouse as evidence (kept by the warehouse, which builds on Budget): a project's
/// evidence pack and a citizen proposal cite one by its address.
/// </summary>
public interface ICitedViews
{
    /// <summary>The view <paramref name="url"/> names, if its dataset is of the province, its version has rows and <paramref name="viewer"/> may see it.</summary>
    Task<CitedViewAnswer> CheckAsync(string? url, string provinceCode, Actor viewer, CancellationToken ct = default);

    /// <summary>Cited views by address, for the ones that still exist.</summary>
    Task<IReadOnlyDictionary<string, CitedView>> DescribeAsync(IEnumerable<string> urls, CancellationToken ct = default);
}
