using System.Text;

namespace DanVan.Bench.Fts5;

/// <summary>
/// A DanVan text query as an FTS5 MATCH expression with the same meaning as far as FTS5 allows:
/// every word must occur (DanVan: each word MUST, exact or folded) → each word a quoted token, joined
/// by AND: <c>quản lý</c> → <c>"quản" AND "lý"</c>; a quoted phrase stays a phrase:
/// <c>"quy chế dân chủ"</c> → <c>"quy chế dân chủ"</c>. Not carried over: DanVan's extra score for
/// the words standing together and for the exact spelling, symbols, province names read from the
/// words, filters and facets.
/// </summary>
public static class Fts5Query
{
    /// <summary>The MATCH expression for <paramref name="query"/>, or null when it has no word.</summary>
    public static string? From(string query)
    {
        var trimmed = query.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            var phrase = string.Join(' ', Tokens(trimmed[1..^1]));
            return phrase.Length == 0 ? null : Quote(phrase);
        }

        var words = Tokens(trimmed).Select(Quote).ToList();
        return words.Count == 0 ? null : string.Join(" AND ", words);
    }

    /// <summary>Runs of letters and digits: what unicode61 would keep as tokens.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                token.Append(c);
            }
            else if (token.Length > 0)
            {
                yield return token.ToString();
                token.Clear();
            }
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
