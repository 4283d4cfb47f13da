namespace OpsCenter.Domain.Common;

/// <summary>Why a field of a command was refused, in Thai and English; the web layer turns it into problem+json or a form message.</summary>
public sealed record FieldError(string Field, string Thai, string English)
{
    public string Text(bool thai) => thai ? Thai : English;
}

/// <summary>
/// The outcome of a command: the new id on success, or what was wrong with which field. <see cref="NotFound"/> means
/// there is no such record the actor may change: a record of another province or agency is not told apart from none.
/// <see cref="Forbidden"/> means the record is the actor's to see but not to change.
/// </summary>
public sealed record CommandResult(IReadOnlyList<FieldError> Errors, long? Id = null, bool NotFound = false, bool Forbidden = false)
{
    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Ok(long? id = null) => new([], id);

    public static CommandResult Fail(string field, string thai, string english) => new([new FieldError(field, thai, english)]);

    public static CommandResult Missing(string field, string thai, string english) => new([new FieldError(field, thai, english)], NotFound: true);

    public static CommandResult Refused(string field, string thai, string english) => new([new FieldError(field, thai, english)], Forbidden: true);
}
