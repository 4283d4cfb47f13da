using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using OpsCenter.Domain.Common;
using OpsCenter.Domain.Reports;
using OpsCenter.Domain.Wall;

namespace OpsCenter.Web.Features.Wall.Admin;

/// <summary>Creates or edits one screen: names, area, period, rotation and the playlist of slides (up to four panels each).</summary>
public sealed partial class ScreenEditor
{
    private EditModel model = new();
    private IReadOnlyList<FieldError> errors = [];
    private IReadOnlyList<AreaName> districts = [];

    [Parameter, EditorRequired]
    public string ProvinceCode { get; set; } = "";

    [Parameter, EditorRequired]
    public Actor Admin { get; set; } = Actor.Anonymous;

    /// <summary>The screen to edit; null for a new one.</summary>
    [Parameter]
    public WallScreenInfo? Screen { get; set; }

    [Parameter]
    public EventCallback OnDone { get; set; }

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private ReportReferenceData Reference { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        model = Screen is null ? EditModel.New() : EditModel.From(Screen);
        districts = await Reference.DistrictsAsync(ProvinceCode);
    }

    private void AddSlide() => model.Slides.Add(new SlideModel());

    private async Task SaveAsync()
    {
        var (saved, problems) = await Screens.SaveAsync(Screen?.Id, model.ToInput(), Admin);
        errors = problems;
        if (saved is not null)
        {
            await OnDone.InvokeAsync();
        }
    }

    private async Task DeleteAsync()
    {
        if (Screen is not null && await Screens.DeleteAsync(Screen.Id, Admin))
        {
            await OnDone.InvokeAsync();
        }
    }

    private sealed class EditModel
    {
        public string Slug { get; set; } = "";

        public string NameTh { get; set; } = "";

        public string NameEn { get; set; } = "";

        public string AreaCode { get; set; } = "";

        public int PeriodDays { get; set; } = 30;

        public int RotationSeconds { get; set; } = 20;

        public int SortOrder { get; set; }

        public List<SlideModel> Slides { get; set; } = [];

        public static EditModel New() => new() { Slides = [new SlideModel { TitleTh = "ภาพรวม", TitleEn = "Overview", Panels = [WallPanels.Counters, WallPanels.Heatmap, "", ""] }] };

        public static EditModel From(WallScreenInfo screen) => new()
        {
            Slug = screen.Slug,
            NameTh = screen.NameTh,
            NameEn = screen.NameEn,
            AreaCode = screen.AreaCode ?? "",
            PeriodDays = screen.PeriodDays,
            RotationSeconds = (int)screen.RotationInterval.TotalSeconds,
            Slides = screen.Slides.Select(s => new SlideModel
            {
                TitleTh = s.TitleTh,
                TitleEn = s.TitleEn,
                Panels = [.. s.Panels.Concat(Enumerable.Repeat("", WallPanels.MaxPerSlide)).Take(WallPanels.MaxPerSlide)],
            }).ToList(),
        };

        public WallScreenInput ToInput() => new(
            Slug.Trim(), NameTh, NameEn, AreaCode, PeriodDays, RotationSeconds,
            Slides.Select(s => new WallSlide(s.TitleTh, s.TitleEn, s.Panels.Where(p => p.Length > 0).ToList())).ToList(), SortOrder);
    }

    private sealed class SlideModel
    {
        public string TitleTh { get; set; } = "";

        public string TitleEn { get; set; } = "";

        public string[] Panels { get; set; } = ["", "", "", ""];
    }
}
