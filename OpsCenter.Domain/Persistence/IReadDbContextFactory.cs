using Microsoft.EntityFrameworkCore;

namespace OpsCenter.Domain.Persistence;

/// <summary>
/// Contexts for the heavy read queries (wall, map, budget versus need, national roll-up, overview): on the read
/// connection (<c>ConnectionStrings:OpsCenterRead</c>, a streaming replica) when one is configured, else the primary's.
/// Never save through one.
/// </summary>
public interface IReadDbContextFactory : IDbContextFactory<OpsDbContext>;
