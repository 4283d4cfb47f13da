using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Import;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Import;

/// <summary>The steward's upload: the file is copied to a temporary file (upload progress), then imported (row progress).</summary>
public partial class ImportPage : IDisposable
{
    private const long MaxFileBytes = 512L * 1024 * 1024;

    private readonly CancellationTokenSource _leaving = new();
    private ImportSource source = ImportSource.Traffy;
    private ImportProgress? progress;
    private ImportResult? result;
    private ImportHistory? history;
    private LocationReviewPanel? review;
    private string? fatal;
    private bool running;
    // A monotonic count, not the wall clock: only the interval between renders matters.
    private long lastRender;

    [Inject]
    private ReportImporter Importer { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private double Percent => progress is { TotalBytes: > 0 } p ? Math.Min(100, 100.0 * p.BytesRead / p.TotalBytes) : 0;

    private string ProgressText => progress switch
    {
        null => "",
        { Phase: "upload" } p => T($"กำลังอัปโหลด {Number(p.BytesRead / 1024)} KB", $"Uploading {Number(p.BytesRead / 1024)} KB"),
        { Phase: "write" } p => T($"อ่านแล้ว {Number(p.Rows)} แถว กำลังบันทึก…", $"{Number(p.Rows)} rows read; saving…"),
        { Phase: "done" } p => T($"เสร็จแล้ว {Number(p.Rows)} แถว", $"Done: {Number(p.Rows)} rows"),
        var p => T($"อ่านแล้ว {Number(p.Rows)} แถว", $"{Number(p.Rows)} rows read"),
    };

    private async Task StartAsync(InputFileChangeEventArgs e)
    {
        running = true;
        fatal = null;
        result = null;
        var user = (await AuthenticationState).User;
        var temp = Path.Combine(Path.GetTempPath(), $"opscenter-import-{Guid.NewGuid():N}.csv");
        try
        {
            if (e.File.Size > MaxFileBytes)
            {
                fatal = T("ไฟล์ใหญ่เกิน 512 MB ใช้คำสั่ง import traffy แทน", "The file is larger than 512 MB; use the import traffy command instead");
                return;
            }

            await CopyAsync(e.File, temp);
            await using var file = File.OpenRead(temp);
            var reporter = new Progress<ImportProgress>(Report);
            result = await Task.Run(() => Importer.ImportAsync(file, source, e.File.Name, user.ToActor(), reporter, _leaving.Token));
            fatal = result.FatalError;
            if (history is not null)
            {
                await history.LoadAsync();
            }

            if (review is not null)
            {
                await review.LoadAsync();
            }
        }
        finally
        {
            running = false;
            File.Delete(temp);
        }
    }

    private async Task CopyAsync(IBrowserFile browserFile, string path)
    {
        await using var input = browserFile.OpenReadStream(MaxFileBytes, _leaving.Token);
        await using var output = File.Create(path);
        var buffer = new byte[256 * 1024];
        long copied = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, _leaving.Token)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read), _leaving.Token);
            copied += read;
            Report(new ImportProgress(0, copied, browserFile.Size, "upload"));
        }
    }

    /// <summary>At most five renders a second: progress must not flood the circuit.</summary>
    private void Report(ImportProgress value)
    {
        progress = value;
        if (value.Phase is "done" or "write" || Environment.TickCount64 - lastRender > 200)
        {
            lastRender = Environment.TickCount64;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
