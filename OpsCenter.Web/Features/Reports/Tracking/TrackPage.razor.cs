using Microsoft.AspNetCore.Components;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Reports.Queries;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Features.Reports.Tracking;

/// <summary>Public tracking by number: status, owner, expected date and the public steps; no description, no location, no names.</summary>
public partial class TrackPage
{
    private PublicReport? report;
    private ProvinceReportSetup? setup;
    private IReadOnlyDictionary<string, ReportCategory> categories = new Dictionary<string, ReportCategory>();
    private string? query;
    private bool loaded;

    [Parameter]
    public string? TrackingNumber { get; set; }

    /// <summary>The reporter's key from the confirmation link; it enables reopening.</summary>
    [SupplyParameterFromQuery]
    public string? Key { get; set; }

    [Inject]
    private ReportDetails Details { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string CategoryName => categories.TryGetValue(report!.CategoryCode, out var c) ? T(c.NameTh, c.NameEn) : report.CategoryCode;

    private string Owner => setup!.Agency(report!.OwnerAgencyId) is { } a ? T(a.NameTh, a.NameEn) : "-";

    private string AreaText => string.Join(" ", new[]
    {
        setup!.Area(report!.SubdistrictCode) is { } s ? T("ต." + s.NameTh, s.NameEn) : null,
        setup.Area(report.DistrictCode) is { } d ? T("อ." + d.NameTh, d.NameEn + " District") : null,
        T("จ." + setup.NameTh, setup.NameEn),
    }.Where(x => x is not null));

    /// <summary>A merge is titled by what happened to the thread, not by a status the main report already had.</summary>
    private static string StepTitle(PublicTimelineStep step) => step.Kind == TimelineKind.Merged
        ? T("รวมกับเรื่องอื่น", "Merged")
        : T(ReportStatuses.ThaiName(step.Status), ReportStatuses.EnglishName(step.Status));

    protected override async Task OnParametersSetAsync()
    {
        query = TrackingNumber;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        report = null;
        if (TrackingNumber is { } number)
        {
            report = await Details.PublicAsync(number.Trim().ToUpperInvariant());
            setup = report is null ? null : await Reference.ProvinceAsync(report.ProvinceCode);
            categories = await Reference.CategoriesAsync();
        }

        loaded = true;
    }

    private void Search()
    {
        if (!string.IsNullOrWhiteSpace(query))
        {
            Navigation.NavigateTo("/track/" + Uri.EscapeDataString(query.Trim().ToUpperInvariant()));
        }
    }
}
