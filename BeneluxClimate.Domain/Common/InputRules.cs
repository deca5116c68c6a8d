namespace BeneluxClimate.Domain.Common;

/// <summary>Small shared checks for text input: length limits and web links.</summary>
public static class InputRules
{
    public static bool IsHttpLink(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>Control characters never belong in single-line text (names, headlines, tags).</summary>
    public static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    /// <summary>Adds the problem of a single-line text field, if any: missing (when required), too long, or control characters.</summary>
    public static void CheckSingleLine(List<FieldProblem> problems, string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new(field, "Required"));
            }
        }
        else if (text.Length > maxLength)
        {
            problems.Add(new(field, "TooLong", maxLength));
        }
        else if (HasControlCharacters(text))
        {
            problems.Add(new(field, "Invalid"));
        }
    }
}
