using System.Text;

namespace DanVan.Web;

/// <summary>
/// Lists as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark so Excel reads Vietnamese,
/// every field quoted when needed, and a cell that a spreadsheet would run as a formula ("=…", "+…",
/// "-…", "@…") prefixed with an apostrophe.
/// </summary>
public static class Csv
{
    /// <summary>A CSV download named <paramref name="fileName"/>.</summary>
    public static IResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName);
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    /// <summary>One field, quoted when it holds a comma, quote or line break; formula triggers defused.</summary>
    internal static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
