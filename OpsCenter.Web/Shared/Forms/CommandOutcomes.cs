using MudBlazor;

namespace OpsCenter.Web.Shared.Forms;

/// <summary>The one way a page tells a person how their command went: a snackbar, green when done, red when refused.</summary>
public static class CommandOutcomes
{
    public static void Done(this ISnackbar snackbar, string message) => snackbar.Add(message, Severity.Success);

    public static void Refused(this ISnackbar snackbar, string message) => snackbar.Add(message, Severity.Error);
}
