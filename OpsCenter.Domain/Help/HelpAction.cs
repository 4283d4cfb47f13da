namespace OpsCenter.Domain.Help;

/// <summary>
/// Something the browser test does before it takes the step's picture, as the reader would: click the button or link
/// named <see cref="Click"/>, or the element <see cref="Select"/> finds (a CSS selector, for a row of a list); type
/// <see cref="Text"/> into the field <see cref="Fill"/> finds; put a file (<see cref="FileName"/>, <see cref="FileText"/>)
/// in the upload field <see cref="Upload"/> finds; or bring the element <see cref="ScrollTo"/> finds into view.
/// </summary>
public sealed record HelpAction(
    string? Click = null,
    string? Select = null,
    string? Fill = null,
    string? Text = null,
    string? Upload = null,
    string? FileName = null,
    string? FileText = null,
    string? ScrollTo = null);
