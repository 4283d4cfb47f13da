namespace OpsCenter.Domain.Areas;

/// <summary>Where a point falls: its subdistrict and district, or null outside every known area.</summary>
public sealed record AreaLocation(string ProvinceCode, string DistrictCode, string SubdistrictCode, bool ByBoundary);

/// <summary>Assigns a coordinate to the administrative areas of the installation.</summary>
public interface IAreaLocator
{
    Task<AreaLocation?> LocateAsync(double latitude, double longitude, CancellationToken cancellationToken = default);

    /// <summary>The point's area, or the province it lies in when the installation does not serve that province.</summary>
    Task<PointPlace> PlaceAsync(double latitude, double longitude, CancellationToken cancellationToken = default);

    /// <summary>Forget cached geometry after boundaries change.</summary>
    void Invalidate();
}
