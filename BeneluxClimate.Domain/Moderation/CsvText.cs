using System.Text;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// CSV cells that spreadsheets read as text: quoted, and a cell starting with = + - @ (or a tab or carriage return) gets
/// a leading apostrophe so it is never run as a formula.
/// </summary>
public static class CsvText
{
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Row(params IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    public static string Document(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder().Append(Row(header)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(Row(row)).Append("\r\n");
        }

        return text.ToString();
    }
}
