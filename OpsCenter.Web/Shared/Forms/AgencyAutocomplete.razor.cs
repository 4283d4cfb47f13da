using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Reports;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Shared.Forms;

/// <summary>
/// Choosing one of a province's agencies (54 in the demo) by typing any part of its Thai or English name or its code:
/// a drop-down of that length is unusable on a phone. Binds the agency's id.
/// </summary>
public sealed partial class AgencyAutocomplete : IDisposable
{
    private AgencyName? selected;
    private EditContext? subscribed;

    [Parameter, EditorRequired]
    public IEnumerable<AgencyName> Agencies { get; set; } = [];

    [Parameter]
    public int? Value { get; set; }

    [Parameter]
    public EventCallback<int?> ValueChanged { get; set; }

    /// <summary>The bound model property inside an EditForm, so its validation messages show under the box.</summary>
    [Parameter]
    public Expression<Func<int?>>? For { get; set; }

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public string? ErrorId { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>Attributes for the text box itself (data-testid, aria-label).</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? InputAttributes { get; set; }

    private string? ErrorText => EditContext is not null && For is not null ? EditContext.GetValidationMessages(FieldIdentifier.Create(For)).FirstOrDefault() : null;

    protected override void OnParametersSet()
    {
        selected = Value is { } id ? Agencies.FirstOrDefault(a => a.Id == id) : null;
        if (For is not null && !ReferenceEquals(subscribed, EditContext))
        {
            Dispose();
            subscribed = EditContext;
            subscribed?.OnValidationStateChanged += ValidationStateChanged;
        }
    }

    public void Dispose() => subscribed?.OnValidationStateChanged -= ValidationStateChanged;

    private void ValidationStateChanged(object? sender, ValidationStateChangedEventArgs e) => StateHasChanged();

    /// <summary>Every word typed must appear in the Thai name, the English name or the code; order and case do not matter.</summary>
    public static bool Matches(AgencyName agency, string? text)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.All(word => agency.NameTh.Contains(word, StringComparison.OrdinalIgnoreCase)
            || agency.NameEn.Contains(word, StringComparison.OrdinalIgnoreCase)
            || agency.Code.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private static string Name(AgencyName? agency) => agency is null ? "" : T(agency.NameTh, agency.NameEn);

    private Task<IEnumerable<AgencyName>> SearchAsync(string? text, CancellationToken cancellation) =>
        Task.FromResult<IEnumerable<AgencyName>>(Agencies.Where(a => Matches(a, text)).OrderBy(a => a.Kind).ThenBy(a => a.NameTh, StringComparer.Ordinal).ToList());

    private async Task SelectAsync(AgencyName? agency)
    {
        selected = agency;
        await ValueChanged.InvokeAsync(agency?.Id);
        if (For is not null)
        {
            EditContext?.NotifyFieldChanged(FieldIdentifier.Create(For));
        }
    }
}
