using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Catalog.Uploads;
using OpsCenter.Domain.Identity;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Catalog;

/// <summary>Streams the chosen file to the server with a progress bar, shows the schema check and publishes on confirmation.</summary>
public sealed partial class DatasetUploadPanel : IDisposable
{
    private UploadCheck? check;
    private bool busy;
    private long received;
    private long total;
    private string status = "";
    private DatasetVersion? published;
    // A monotonic count, not the wall clock: only the interval between renders matters.
    private long lastRender;

    [Parameter, EditorRequired]
    public int DatasetId { get; set; }

    [Parameter]
    public EventCallback OnPublished { get; set; }

    [Inject]
    private DatasetUploadService Uploads { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private int Percent => total == 0 ? 0 : (int)Math.Min(100, received * 100 / total);

    private async Task CheckAsync(InputFileChangeEventArgs e)
    {
        Discard();
        busy = true;
        published = null;
        total = e.File.Size;
        status = T("กำลังรับไฟล์…", "Receiving the file…");
        try
        {
            await using var stream = e.File.OpenReadStream(Web.Features.Catalog.CatalogApi.MaxUploadBytes);
            var progress = new Progress<long>(bytes =>
            {
                received = bytes;
                status = T($"รับแล้ว {CatalogText.Size(bytes)} จาก {CatalogText.Size(total)}", $"Received {CatalogText.Size(bytes)} of {CatalogText.Size(total)}");
                if (Environment.TickCount64 - lastRender > 200)
                {
                    lastRender = Environment.TickCount64;
                    _ = InvokeAsync(StateHasChanged);
                }
            });
            check = await Uploads.CheckAsync(DatasetId, stream, e.File.Name, progress);
            received = total;
            status = T("ตรวจสอบเสร็จแล้ว", "Checked");
        }
        catch (IOException ex)
        {
            status = T($"รับไฟล์ไม่สำเร็จ: {ex.Message}", $"The file could not be received: {ex.Message}");
        }
        finally
        {
            busy = false;
        }
    }

    private async Task PublishAsync()
    {
        if (check is null)
        {
            return;
        }

        busy = true;
        status = T("กำลังบันทึก…", "Saving…");
        var version = await Uploads.PublishAsync(check, (await AuthenticationState).User.ToActor());
        published = version;
        check = null;
        busy = false;
        received = 0;
        await OnPublished.InvokeAsync();
    }

    private void Discard()
    {
        if (check is not null)
        {
            Uploads.Discard(check);
            check = null;
        }
    }

    public void Dispose() => Discard();
}
