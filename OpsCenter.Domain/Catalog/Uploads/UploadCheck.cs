namespace OpsCenter.Domain.Catalog.Uploads;

/// <summary>A finding about an upload; blocking ones stop it from being published.</summary>
public sealed record UploadIssue(string Code, string Thai, string English, bool Blocking);

/// <summary>A staged upload: the file is kept aside under <see cref="Token"/> until it is published or discarded.</summary>
public sealed record UploadCheck(
    string Token,
    int DatasetId,
    string FileName,
    string Format,
    long SizeBytes,
    string Sha256,
    TableProfile Profile,
    SchemaChanges? Changes,
    IReadOnlyList<UploadIssue> Issues)
{
    public bool CanPublish => Issues.All(i => !i.Blocking);

    public static IReadOnlyList<UploadIssue> IssuesOf(TableProfile profile)
    {
        var issues = new List<UploadIssue>();
        if (profile.Columns.Count == 0)
        {
            issues.Add(new UploadIssue("no-columns", "ไฟล์ไม่มีแถวหัวตาราง (ชื่อคอลัมน์)", "The file has no header row", true));
        }
        else if (profile.RowCount == 0)
        {
            issues.Add(new UploadIssue("no-rows", "ไฟล์ไม่มีแถวข้อมูล", "The file has no data rows", true));
        }

        foreach (var problem in profile.Problems)
        {
            issues.Add(problem.Code switch
            {
                "duplicate-column" => new UploadIssue(problem.Code, $"ชื่อคอลัมน์ซ้ำ: {problem.Detail}", $"Duplicate column: {problem.Detail}", true),
                "ragged-rows" => new UploadIssue(problem.Code, $"จำนวนช่องไม่ตรงกับหัวตาราง {problem.Detail} แถว", $"{problem.Detail} rows have a different number of fields than the header", false),
                _ => new UploadIssue(problem.Code, $"แถวที่รูปแบบผิดและถูกกู้คืน {problem.Detail} แถว", $"{problem.Detail} malformed rows were recovered", false),
            });
        }

        return issues;
    }
}
