using OpsCenter.Domain.Common;

namespace OpsCenter.Web.Shared;

/// <summary>
/// Every API answers bad input with RFC 9457 problem+json naming the field, in Thai and English:
/// <c>{"title": "...", "status": 400, "errors": {"lat": ["ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 / Latitude must be between -90 and 90"]}}</c>.
/// </summary>
public static class ApiProblems
{
    public static string Message(string thai, string english) => $"{thai} / {english}";

    public static ValidationProblemBuilder Validation() => new();

    public static IResult Field(string field, string thai, string english) => Validation().Add(field, thai, english).ToResult();

    /// <summary>The one writer of a command's field errors: 400 problem+json with each field's messages.</summary>
    public static IResult Fields(IEnumerable<FieldError> errors)
    {
        var builder = Validation();
        foreach (var error in errors)
        {
            builder.Add(error.Field, error.Thai, error.English);
        }

        return builder.ToResult();
    }

    /// <summary>A refused command: 404 when there is no record the caller may change, 403 when it may not, else 400 naming the fields.</summary>
    public static IResult Of(CommandResult result) => result switch
    {
        { NotFound: true, Errors: [var missing, ..] } => NotFound(missing.Thai, missing.English),
        { Forbidden: true, Errors: [var refused, ..] } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Message(refused.Thai, refused.English)),
        _ => Fields(result.Errors),
    };

    public static IResult NotFound(string thai, string english) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Message(thai, english));

    public sealed class ValidationProblemBuilder
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public bool HasErrors => _errors.Count > 0;

        public ValidationProblemBuilder Add(string field, string thai, string english)
        {
            if (!_errors.TryGetValue(field, out var messages))
            {
                _errors[field] = messages = [];
            }

            messages.Add(Message(thai, english));
            return this;
        }

        /// <summary>400 with the errors by field.</summary>
        public IResult ToResult() =>
            TypedResults.ValidationProblem(
                _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
                title: Message("ข้อมูลไม่ถูกต้อง", "The request has invalid fields"));
    }
}
