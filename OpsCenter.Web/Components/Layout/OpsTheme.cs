using MudBlazor;

namespace OpsCenter.Web.Components.Layout;

/// <summary>
/// The one theme: light for desks and phones, dark for walls, Sarabun throughout. The status colours are the same tokens
/// app.css names (--ops-ok, --ops-warn, --ops-alarm), so a status reads alike in a MudBlazor chip and in our own tiles.
/// </summary>
public static class OpsTheme
{
    public const string Primary = "#1b4d89";
    public const string Ok = "#1f8a4c";
    public const string Warn = "#c77700";
    public const string Alarm = "#c62828";

    /// <summary>Citizens' need beside the budget (Primary) in every budget-versus-need chart.</summary>
    public const string Need = "#c0392b";

    private static readonly string[] Fonts = ["Sarabun", "Noto Sans Thai", "system-ui", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Primary,
            Secondary = "#5b6776",
            Success = Ok,
            Warning = Warn,
            Error = Alarm,
            Info = Primary,
            Background = "#f4f6f9",
            Surface = "#ffffff",
            TextPrimary = "#1d2733",
            TextSecondary = "#5b6776",
            AppbarBackground = Primary,
            AppbarText = "#ffffff",
            DrawerBackground = "#ffffff",
            LinesDefault = "#dde3ea",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6ea8ff",
            Success = "#4cc38a",
            Warning = "#ffb74d",
            Error = "#ff6b6b",
            Background = "#0b1220",
            Surface = "#131c2e",
            TextPrimary = "#e8eef7",
            TextSecondary = "#9fb0c6",
            AppbarBackground = "#131c2e",
            DrawerBackground = "#131c2e",
            LinesDefault = "#24324a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none" },
            Body1 = new Body1Typography { FontFamily = Fonts },
            Body2 = new Body2Typography { FontFamily = Fonts },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px", AppbarHeight = "56px" },
    };
}
