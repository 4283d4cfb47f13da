using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsCenter.Domain.Common;
using static OpsCenter.Web.Shared.Bilingual;

namespace OpsCenter.Web.Shared.Forms;

/// <summary>
/// Puts the domain's <see cref="FieldError"/>s on an <see cref="EditForm"/>'s fields, in the page's language: the rules a
/// form can check as the person types (<see cref="Rules"/>, usually the domain's own pure validator), and whatever the
/// service refused on submit (<see cref="Errors"/>), so a rule only the server knows still shows beside its field.
/// MudBlazor inputs with <c>For</c> and <see cref="ValidationMessage{TValue}"/> show them.
/// </summary>
public partial class FieldErrorsValidator : ComponentBase, IDisposable
{
    private readonly HashSet<string> edited = [];
    private List<FieldError> standing = [];
    private List<FieldError> unmatched = [];
    private IReadOnlyList<FieldError>? lastErrors;
    private ValidationMessageStore? store;
    private EditContext? subscribed;
    private bool submitted;

    [CascadingParameter]
    private EditContext EditContext { get; set; } = default!;

    /// <summary>What the service answered; a new list replaces the last one.</summary>
    [Parameter]
    public IReadOnlyList<FieldError> Errors { get; set; } = [];

    /// <summary>Rules checked without asking the service: a field shows its errors once edited, every field after a submit.</summary>
    [Parameter]
    public Func<IEnumerable<FieldError>>? Rules { get; set; }

    /// <summary>The model property of each error field whose name is not simply the property's (e.g. "lat" → Latitude).</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? Fields { get; set; }

    /// <summary>True when the model's fields carry no error: what a page checks before it calls the service itself.</summary>
    public bool IsValid => store is not null && !EditContext.GetValidationMessages().Any() && unmatched.Count == 0;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FieldErrorsValidator)} belongs inside an EditForm.");
        }

        if (!ReferenceEquals(subscribed, EditContext))
        {
            // A new EditContext is a new, untouched form (after a save, say): nothing of the last one stands.
            Unsubscribe();
            submitted = false;
            edited.Clear();
            standing = [];
            unmatched = [];
            subscribed = EditContext;
            store = new ValidationMessageStore(EditContext);
            EditContext.OnFieldChanged += FieldChanged;
            EditContext.OnValidationRequested += ValidationRequested;
        }

        if (!ReferenceEquals(lastErrors, Errors))
        {
            lastErrors = Errors;
            standing = [.. Errors];
            Show();
        }
    }

    /// <summary>Inputs after this component subscribe to the form only when they first render: tell them again what stands.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && standing.Count > 0)
        {
            EditContext.NotifyValidationStateChanged();
        }
    }

    private void FieldChanged(object? sender, FieldChangedEventArgs e)
    {
        edited.Add(e.FieldIdentifier.FieldName);
        standing.RemoveAll(error => PropertyOf(error.Field) == e.FieldIdentifier.FieldName);
        Show();
    }

    /// <summary>A submit asks again: the service's last answer no longer stands, and every rule applies to every field.</summary>
    private void ValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        submitted = true;
        standing = [];
        Show();
    }

    private void Show()
    {
        if (store is null)
        {
            return;
        }

        store.Clear();
        var ruled = (Rules?.Invoke() ?? []).Where(error => submitted || edited.Contains(PropertyOf(error.Field) ?? ""));
        var shown = new List<FieldError>();
        foreach (var error in standing.Concat(ruled))
        {
            var property = PropertyOf(error.Field);
            if (shown.Any(s => PropertyOf(s.Field) == property && s.Thai == error.Thai))
            {
                continue;
            }

            shown.Add(error);
            if (property is not null)
            {
                store.Add(EditContext.Field(property), T(error.Thai, error.English));
            }
        }

        unmatched = shown.Where(error => PropertyOf(error.Field) is null).ToList();
        EditContext.NotifyValidationStateChanged();
        StateHasChanged();
    }

    /// <summary>The model property an error field names, or null when the form has none by that name.</summary>
    private string? PropertyOf(string field)
    {
        var name = Fields is not null && Fields.TryGetValue(field, out var mapped) ? mapped : field;
        return EditContext.Model.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.Name;
    }

    public void Dispose()
    {
        Unsubscribe();
        GC.SuppressFinalize(this);
    }

    private void Unsubscribe()
    {
        if (subscribed is not null)
        {
            subscribed.OnFieldChanged -= FieldChanged;
            subscribed.OnValidationRequested -= ValidationRequested;
            store?.Clear();
        }
    }
}
