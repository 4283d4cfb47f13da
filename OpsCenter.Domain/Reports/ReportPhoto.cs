namespace OpsCenter.Domain.Reports;

/// <summary>A photo a citizen attached, stored in the database so every app instance on it can serve it.</summary>
public sealed class ReportPhoto
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    /// <summary>image/jpeg or image/png, decided from the bytes, never from the file name.</summary>
    public required string ContentType { get; set; }

    public required byte[] Data { get; set; }

    public int Length { get; set; }

    public DateTime CreatedAt { get; set; }
}
