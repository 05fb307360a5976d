using System.Text;
using System.Text.RegularExpressions;
using DanVan.Text;

namespace DanVan.Search;

/// <summary>
/// The passage of a plan that best shows why it matched, with the matched words marked: "quan ly"
/// marks "quản lý", "quản lý" marks "quan ly" in a plan written without accents but not "quán". Cuts only at white space, so never inside a word or a multi-byte character.
/// Returns parts; the caller encodes them (HTML on the web) and adds the marks.
/// </summary>
internal static class Snippets
{
    private const int Length = 240;
    private const int Before = 60;

    public static IReadOnlyList<SnippetPart> Make(string body, IReadOnlySet<string> exact, IReadOnlySet<string> folded, IReadOnlyList<string> symbols)
    {
        var matches = new List<(int Start, int End)>();
        if (exact.Count + folded.Count > 0)
        {
            var accented = WrittenWithAccents(body);
            var i = 0;
            while (i < body.Length)
            {
                if (!char.IsLetterOrDigit(body[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < body.Length && (char.IsLetterOrDigit(body[i]) || char.IsSurrogate(body[i]) || body[i] is >= '\u0300' and <= '\u036F'))
                {
                    i++;
                }

                // Folded matches count where accents cannot tell: a plan written without them, or a query word
                // typed without them; in an accented plan, "quản lý" does not mark "quán" or "cơ quan".
                var word = TextNormalizer.NormalizeForMatching(body[start..i]).ToLowerInvariant();
                var bare = Folding.Fold(word);
                if (exact.Contains(word) || (folded.Contains(bare) && (!accented || exact.Contains(bare))))
                {
                    matches.Add((start, i));
                }
            }
        }

        // A symbol searched for is marked wherever the plan writes it, spaced or broken as it may be ("16/CT- TTg").
        foreach (var symbol in symbols)
        {
            matches.AddRange(SymbolMatches(body, symbol));
        }

        matches = Disjoint(matches);
        var anchor = matches.Count > 0 ? Densest(matches) : 0;
        var from = BackToSpace(body, Math.Max(0, anchor - Before));
        var to = ForwardToSpace(body, Math.Min(body.Length, from + Length));
        var parts = new List<SnippetPart>();
        if (from > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var at = from;
        foreach (var (start, end) in matches.Where(m => m.Start >= from && m.End <= to))
        {
            if (start > at)
            {
                parts.Add(new SnippetPart(Flat(body[at..start]), false));
            }

            parts.Add(new SnippetPart(body[start..end], true));
            at = end;
        }

        if (to > at)
        {
            parts.Add(new SnippetPart(Flat(body[at..to]), false));
        }

        if (to < body.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    /// <summary>True when at least one letter in twenty of the plan's first 4,000 characters is not ASCII: Vietnamese as usually written.</summary>
    private static bool WrittenWithAccents(string body)
    {
        int letters = 0, accented = 0;
        foreach (var c in body.AsSpan(0, Math.Min(body.Length, 4000)))
        {
            if (char.IsLetter(c))
            {
                letters++;
                accented += c > '\u007F' ? 1 : 0;
            }
        }

        return accented * 20 >= letters && accented > 0;
    }

    /// <summary>The start of the window of <see cref="Length"/> characters holding the most matches.</summary>
    private static int Densest(List<(int Start, int End)> matches)
    {
        int best = matches[0].Start, bestCount = 0, j = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            while (j < matches.Count && matches[j].End - matches[i].Start <= Length - Before)
            {
                j++;
            }

            if (j - i > bestCount)
            {
                (best, bestCount) = (matches[i].Start, j - i);
            }
        }

        return best;
    }

    /// <summary>
    /// Where <paramref name="symbol"/> ("16/CT-TTg") is written in the body: its parts in any case, white
    /// space allowed around "/" and "-", Đ also as D or Ð, and not inside a longer number ("116/CT-TTg").
    /// </summary>
    private static IEnumerable<(int Start, int End)> SymbolMatches(string body, string symbol)
    {
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}])");
        foreach (var c in symbol)
        {
            pattern.Append(c switch
            {
                '/' or '-' => $@"\s*\{c}\s*",
                'Đ' or 'đ' => "[ĐđDdÐ]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        pattern.Append(@"(?![\p{L}\p{N}])");
        var regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        try
        {
            return [.. regex.Matches(body).Select(m => (m.Index, m.Index + m.Length))];
        }
        catch (RegexMatchTimeoutException)
        {
            return []; // a pathological body: the snippet goes without the mark
        }
    }

    /// <summary>Matches in text order, an overlapping one dropped.</summary>
    private static List<(int Start, int End)> Disjoint(List<(int Start, int End)> matches)
    {
        var ordered = new List<(int Start, int End)>(matches.Count);
        foreach (var m in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (ordered.Count == 0 || m.Start >= ordered[^1].End)
            {
                ordered.Add(m);
            }
        }

        return ordered;
    }

    private static int BackToSpace(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int ForwardToSpace(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
