using System.Text;
using DanVan.Citations;
using DanVan.Text;

namespace DanVan.Search;

/// <summary>
/// Reads what a user typed before any query parser sees it: quoted phrases, document symbols
/// ("16/CT-TTg", "16/ct-ttg", "114-KL/TW"), numbered references ("QĐ 290", "chi thi 16", "Quyết
/// định số 290"), and the remaining words. Lucene syntax is just text here: "title:(a OR" is three
/// words, "*" is nothing to search for. Never throws. Only the first <see cref="MaxLength"/>
/// characters are read (<see cref="Shortened"/> says so), which bounds the query Lucene is given.
/// </summary>
internal sealed record UserQuery(IReadOnlyList<string> Symbols, IReadOnlyList<string> Numbers, IReadOnlyList<string> Phrases, string Words,
    bool Shortened = false)
{
    /// <summary>Characters of a query that are read: at most half as many words, far below Lucene's 1,024 clauses.</summary>
    public const int MaxLength = 500;

    public static UserQuery Parse(string input)
    {
        var text = TextNormalizer.NormalizeForMatching(input ?? "");
        var shortened = text.Length > MaxLength;
        if (shortened)
        {
            text = Shorten(text);
        }

        var phrases = new List<string>();
        var rest = new StringBuilder();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '"' or '“' or '”')
            {
                if (open < 0)
                {
                    open = i;
                }
                else
                {
                    var phrase = text[(open + 1)..i].Trim();
                    if (phrase.Length > 0)
                    {
                        phrases.Add(phrase);
                    }

                    open = -1;
                }

                continue;
            }

            if (open < 0)
            {
                rest.Append(text[i]);
            }
        }

        if (open >= 0)
        {
            rest.Append(' ').Append(text[(open + 1)..]); // an unclosed quote is just words
        }

        var tokens = rest.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var symbols = new List<string>();
        var numbers = new List<string>();
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (AsSymbol(tokens[i]) is { } symbol)
            {
                symbols.Add(symbol.Official);
                DropTypeWord(words);
                continue;
            }

            // "QĐ 290", "qd 290", "chi thi 16", "Quyết định số 290": a type and a number.
            if (IsNumber(tokens[i]) && tokens[i].TrimStart('0').Length > 0 && TypeBefore(words) is { } type)
            {
                numbers.Add($"{type}:{tokens[i].TrimStart('0')}");
                continue;
            }

            words.Add(tokens[i]);
        }

        return new UserQuery(symbols, numbers, phrases, string.Join(' ', words), shortened);
    }

    /// <summary>The first <see cref="MaxLength"/> characters, cut at a space when there is one, never inside a surrogate pair.</summary>
    private static string Shorten(string text)
    {
        var end = MaxLength;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], end);
        if (space > MaxLength / 2)
        {
            end = space;
        }
        else if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static DocumentSymbol? AsSymbol(string token)
    {
        var trimmed = token.Trim(',', ';', '.', ':', '(', ')');
        if (trimmed.Length < 3 || !char.IsAsciiDigit(trimmed[0]) || trimmed.IndexOfAny(['/', '-']) < 0)
        {
            return null;
        }

        return DocumentSymbol.TryParseAnyCase(trimmed);
    }

    private static bool IsNumber(string token) => token.Length is > 0 and <= 5 && token.All(char.IsAsciiDigit);

    /// <summary>The type named by the last words ("quyết định", "qd", "chỉ thị số"), as a number key prefix; removes them.</summary>
    private static string? TypeBefore(List<string> words)
    {
        var take = words.Count > 0 && Folding.Fold(words[^1]) == "so" ? 1 : 0;
        for (var n = Math.Min(3, words.Count - take); n >= 1; n--)
        {
            var phrase = Folding.Fold(string.Join(' ', words.Skip(words.Count - take - n).Take(n)));
            var typed = DocumentTypes.TypeWords.FirstOrDefault(t => t.Folded == phrase && t.Name is not null).Name;
            var code = n == 1 ? Code(words[^(1 + take)]) : null;
            if (typed is not null || code is not null)
            {
                words.RemoveRange(words.Count - take - n, n + take);
                return typed is not null ? Folding.Fold(typed) : code;
            }
        }

        return null;
    }

    /// <summary>A type code as typed ("QĐ", "qd", "CT"): its canonical spelling.</summary>
    private static string? Code(string word)
    {
        var upper = word.ToUpperInvariant();
        foreach (var code in DocumentTypes.TypeCodes.Keys)
        {
            if (string.Equals(code, upper, StringComparison.OrdinalIgnoreCase) || string.Equals(Folding.Fold(code), Folding.Fold(upper), StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    private static void DropTypeWord(List<string> words)
    {
        // "chi thi 16/ct-ttg": the type word belongs to the symbol.
        TypeBefore(words);
    }
}
