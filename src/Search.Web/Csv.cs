using System.Text;
using Microsoft.Net.Http.Headers;

namespace DanVan.Web;

/// <summary>
/// Lists as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark so Excel reads Vietnamese,
/// every field quoted when needed, and a cell that a spreadsheet would run as a formula ("=…", "+…",
/// "-…", "@…") prefixed with an apostrophe.
/// </summary>
public static class Csv
{
    /// <summary>
    /// A CSV download named <paramref name="fileName"/>, written row by row as <paramref name="rows"/> are read: an export of
    /// every citation of a document cited by 600,000 plans is never held whole in memory. Rows stop being read when the
    /// client goes away (the server would otherwise read them all for no one) and are not read for a HEAD request.
    /// </summary>
    public static IResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        new Download(fileName, header, rows);

    private sealed class Download(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
            if (HttpMethods.IsHead(http.Request.Method))
            {
                return;
            }

            var gone = http.RequestAborted;
            try
            {
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
                await writer.WriteAsync(Line(header).AsMemory(), gone);
                foreach (var row in rows)
                {
                    if (gone.IsCancellationRequested)
                    {
                        return;
                    }

                    await writer.WriteAsync(Line(row).AsMemory(), gone);
                }
            }
            catch (Exception e) when (gone.IsCancellationRequested && e is OperationCanceledException or IOException)
            {
                // The client went away: no one to answer.
            }
        }
    }

    private static string Line(IReadOnlyList<string?> fields)
    {
        var text = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(Field(fields[i]));
        }

        return text.Append("\r\n").ToString();
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
