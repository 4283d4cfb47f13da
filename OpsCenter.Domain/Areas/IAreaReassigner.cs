namespace OpsCenter.Domain.Areas;

/// <summary>
/// Moves what is placed in areas by its point (reports) to the areas the point falls in after boundaries change. Areas
/// is what those features build on, so the boundary import asks through this rather than knowing them.
/// </summary>
public interface IAreaReassigner
{
    /// <summary>Returns how many records changed area.</summary>
    Task<int> ReassignAsync(IReadOnlyCollection<string> provinceCodes, CancellationToken cancellationToken = default);
}
