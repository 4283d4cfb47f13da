using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Catalog;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Identity;
using OpsCenter.Domain.Reports;
using OpsCenter.Web.Shared;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Catalog;

public sealed partial class ImportPage
{
    private List<AgencyName> agencies = [];
    private int? agencyId;
    private bool isAdmin;
    private string json = "";
    private string? error;
    private IReadOnlyList<ImportOutcome>? report;
    private bool committed;
    private string province = "";

    [Inject]
    private CatalogService Catalog { get; set; } = default!;

    [Inject]
    private CurrentProvince CurrentProvince { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        isAdmin = user.IsInRole(OpsRoles.Admin);
        province = await CurrentProvince.CodeForAsync(user);
        agencies = (await Reference.ProvinceAsync(province))?.Agencies.Values.OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal).ToList() ?? [];
        agencyId = OpsClaims.AgencyOf(user) ?? agencies.FirstOrDefault()?.Id;
    }

    private async Task LoadFileAsync(InputFileChangeEventArgs e)
    {
        using var reader = new StreamReader(e.File.OpenReadStream(20 * 1024 * 1024));
        json = await reader.ReadToEndAsync();
        report = null;
    }

    private async Task RunAsync(bool dryRun)
    {
        error = null;
        try
        {
            var (result, outcomes) = await Catalog.ImportCkanAsync(json, agencyId, dryRun, (await AuthenticationState).User.ToActor());
            report = result.Succeeded ? outcomes : null;
            error = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Text(IsThai)));
            committed = result.Succeeded && !dryRun;
        }
        catch (FormatException ex)
        {
            report = null;
            error = ex.Message;
        }
    }

    private static string Outcome(string action) => action switch
    {
        "created" => T("สร้างใหม่", "created"),
        "updated" => T("ปรับปรุง", "updated"),
        _ => T("ไม่นำเข้า", "rejected"),
    };
}
