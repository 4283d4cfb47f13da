namespace OpsCenter.Domain.Catalog;

/// <summary>One upload of a dataset's data (a CKAN resource); the content is kept in chunks so it can be served back.</summary>
public sealed class DatasetVersion
{
    public long Id { get; set; }

    public int DatasetId { get; set; }

    /// <summary>1 for the first upload, then +1.</summary>
    public int Number { get; set; }

    public required string FileName { get; set; }

    /// <summary>CSV or XLSX.</summary>
    public required string Format { get; set; }

    public long SizeBytes { get; set; }

    public long RowCount { get; set; }

    /// <summary>The columns as JSON: [{"name":"…","type":"Integer"}].</summary>
    public string ColumnsJson { get; set; } = "[]";

    /// <summary>The schema check against the previous version, as JSON; null for a first version.</summary>
    public string? SchemaChangesJson { get; set; }

    public string Sha256 { get; set; } = "";

    public string? UploadedByUserId { get; set; }

    public required string UploadedByName { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>Where an imported resource lives when its bytes are not stored here.</summary>
    public string? ExternalUrl { get; set; }

    public bool HasContent { get; set; }
}

public sealed class DatasetVersionChunk
{
    public long VersionId { get; set; }

    public int Index { get; set; }

    public byte[] Bytes { get; set; } = [];
}
