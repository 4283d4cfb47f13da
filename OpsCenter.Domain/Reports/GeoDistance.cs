namespace OpsCenter.Domain.Reports;

public static class GeoDistance
{
    private const double EarthRadiusMeters = 6_371_000;

    /// <summary>Great-circle distance (haversine); exact enough at the scale of a street.</summary>
    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Half-widths in degrees of a box that contains the circle, for an index-friendly prefilter.</summary>
    public static (double DLat, double DLon) BoundingBox(double latitude, double radiusMeters)
    {
        var dLat = radiusMeters / 111_320.0;
        var dLon = radiusMeters / (111_320.0 * Math.Max(0.01, Math.Cos(ToRadians(latitude))));
        return (dLat, dLon);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>A report that may be the same problem as a new one.</summary>
public sealed record DuplicateCandidate(long Id, string TrackingNumber, double DistanceMeters, DateTime ReceivedAt, double Latitude, double Longitude);

public static class DuplicateRule
{
    /// <summary>Open reports of the same category within the radius, nearest first.</summary>
    public static IReadOnlyList<DuplicateCandidate> Candidates(
        double latitude, double longitude, string categoryCode, long? selfId,
        IEnumerable<(long Id, string TrackingNumber, string CategoryCode, ReportStatus Status, double? Lat, double? Lon, DateTime ReceivedAt)> nearby,
        double radiusMeters) =>
        nearby
            .Where(r => r.Id != selfId && r.CategoryCode == categoryCode && ReportStatuses.IsOpen(r.Status) && r.Lat is not null && r.Lon is not null)
            .Select(r => new DuplicateCandidate(r.Id, r.TrackingNumber, GeoDistance.Meters(latitude, longitude, r.Lat!.Value, r.Lon!.Value), r.ReceivedAt, r.Lat.Value, r.Lon.Value))
            .Where(c => c.DistanceMeters <= radiusMeters)
            .OrderBy(c => c.DistanceMeters)
            .ThenBy(c => c.Id)
            .ToList();
}
