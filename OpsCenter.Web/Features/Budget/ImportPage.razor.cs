using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using OpsCenter.Domain.Budget;
using OpsCenter.Domain.Budget.Import;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Budget;

/// <summary>Upload page for the two CSV imports; the same importers as the CLI verbs and the API.</summary>
public partial class ImportPage
{
    private ImportReport? projectReport;
    private ImportReport? indicatorReport;
    private int outside;
    private bool busy;
    private string? status;
    private string indicator = "tpmap-poor";
    private string areaColumn = "province_ID";
    private string valueColumn = "poor.JPT.CNT";
    private int? year = 2561;

    [Inject]
    private ProjectImporter Projects { get; set; } = default!;

    [Inject]
    private IndicatorImporter Indicators { get; set; } = default!;

    [Inject]
    private IOptionsMonitor<NeedIndexOptions> NeedIndexOptions { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private NeedIndexOptions NeedOptions => NeedIndexOptions.CurrentValue;

    private async Task ProjectsChosenAsync(InputFileChangeEventArgs e)
    {
        await using var copy = await ReceiveAsync(e.File);
        if (copy is null)
        {
            return;
        }

        status = T("กำลังตรวจสอบและบันทึก…", "Checking and saving…");
        StateHasChanged();
        projectReport = await Projects.ImportAsync(copy, await AuthenticationState.ActorAsync());
        (busy, status) = (false, null);
    }

    private async Task IndicatorChosenAsync(InputFileChangeEventArgs e)
    {
        await using var copy = await ReceiveAsync(e.File);
        if (copy is null)
        {
            return;
        }

        status = T("กำลังตรวจสอบและบันทึก…", "Checking and saving…");
        StateHasChanged();
        var layout = new IndicatorFileLayout(areaColumn.Trim(), valueColumn.Trim(), "year", year);
        (indicatorReport, outside) = await Indicators.ImportAsync(copy, indicator, layout, e.File.Name, await AuthenticationState.ActorAsync());
        (busy, status) = (false, null);
    }

    /// <summary>Copies the upload into memory (the CSV reader reads synchronously, which a browser stream does not allow).</summary>
    private async Task<MemoryStream?> ReceiveAsync(IBrowserFile file)
    {
        if (file.Size > BudgetApi.MaxUploadBytes)
        {
            status = T("ไฟล์ใหญ่เกิน 10 MB", "The file is larger than 10 MB");
            return null;
        }

        (busy, status) = (true, T($"กำลังรับไฟล์ {file.Name}…", $"Receiving {file.Name}…"));
        StateHasChanged();
        var copy = new MemoryStream();
        await using (var upload = file.OpenReadStream(BudgetApi.MaxUploadBytes))
        {
            await upload.CopyToAsync(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
