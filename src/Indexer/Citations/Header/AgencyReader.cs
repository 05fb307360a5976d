using System.Text;
using DanVan.Text;

namespace DanVan.Citations;

/// <summary>
/// The issuing agency: the capitals block above the national motto ("ỦY BAN NHÂN DÂN / TỈNH THANH
/// HÓA"), or the plan's own issuing sentence ("Sở Nội vụ xây dựng kế hoạch …, như sau").
/// </summary>
internal static class AgencyReader
{
    /// <summary>The agency block above the national motto: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA".</summary>
    internal static string? HeaderAgency(string text, string folded, int headerEnd)
    {
        if (HeaderLines.MottoStart(folded, headerEnd) < 0)
        {
            return null;
        }

        // The left cell of each header line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …", "TỈNH ỦY HÀ TĨNH\t\tĐẢNG CỘNG SẢN VIỆT NAM")
        // until the number or the place-and-date line.
        var lines = new List<string>();
        foreach (var (start, end) in HeaderLines.Lines(text, headerEnd))
        {
            var cell = HeaderLines.Clean(LeftCell(text[start..end]));
            var foldedCell = Folding.Fold(cell);
            if (Scan.MatchPhraseIgnoreCase(cell, 0, "số") >= 0 || foldedCell.Contains(", ngay", StringComparison.Ordinal) || lines.Count >= 4)
            {
                break;
            }

            if (cell.Length == 0 || cell.All(c => c is '-' or '_' or '=' or ' ' or '*' or '|' or ':') || IsMotto(foldedCell))
            {
                continue;
            }

            if (Scan.HasLowerCase(cell))
            {
                break;
            }

            lines.Add(cell.TrimStart(ListNumbering));
        }

        // "UBND TỈNH QUẢNG NAM / SỞ TƯ PHÁP": the last line naming a body is the one that issues.
        var from = 0;
        for (var i = lines.Count - 1; i > 0; i--)
        {
            if (AgencyHeads.Any(h => Scan.MatchPhrase(Folding.Fold(lines[i]), 0, h) >= 0))
            {
                from = i;
                break;
            }
        }

        var agency = string.Join(' ', lines.Skip(from));
        return agency.Length is > 2 and < 120 ? SentenceCase(agency) : null;
    }

    private static string LeftCell(string line)
    {
        // "| ỦY BAN NHÂN DÂN | CỘNG HÒA … |": a table row starts with a bar.
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        var cut = new[] { trimmed.IndexOf('|'), trimmed.IndexOf('\t'), trimmed.IndexOf("   ", StringComparison.Ordinal) }
            .Where(i => i > 0).DefaultIfEmpty(trimmed.Length).Min();
        return trimmed[..cut];
    }

    private static bool IsMotto(string folded) =>
        folded.Contains("cong hoa", StringComparison.Ordinal) || folded.Contains("doc lap", StringComparison.Ordinal)
        || folded.Contains("dang cong san", StringComparison.Ordinal) || folded.Contains("chu nghia viet nam", StringComparison.Ordinal);

    /// <summary>
    /// The plan's own issuing sentence: "Sở Thông tin và Truyền thông (TT&amp;TT) ban hành Kế hoạch … cụ thể
    /// như sau", "Sở Nội vụ xây dựng kế hoạch …, như sau". A sentence without "như sau" is about another document.
    /// </summary>
    internal static (string? Agency, string? Type) BodyAgency(string text, string folded, int headerEnd)
    {
        const int MaxSentence = 400;
        var limit = Math.Min(text.Length, headerEnd + 2000);
        for (var p = folded.IndexOf("nhu sau", 0, limit, StringComparison.Ordinal); p >= 0;
             p = p + 7 < limit ? folded.IndexOf("nhu sau", p + 7, limit - p - 7, StringComparison.Ordinal) : -1)
        {
            var sentenceStart = Math.Max(0, p - MaxSentence);
            var boundary = folded.AsSpan(sentenceStart, p - sentenceStart).LastIndexOfAny(".;:!?");
            sentenceStart = boundary >= 0 ? sentenceStart + boundary + 1 : sentenceStart;
            foreach (var verb in IssuingVerbs)
            {
                for (var v = folded.IndexOf(verb, sentenceStart, p - sentenceStart, StringComparison.Ordinal); v >= 0;
                     v = folded.IndexOf(verb, v + verb.Length, p - v - verb.Length, StringComparison.Ordinal))
                {
                    var type = TypeAt(folded, Scan.SkipSpaces(folded, v + verb.Length));
                    if (type is not null && AgencyBefore(text, folded, sentenceStart, v) is { } agency)
                    {
                        return (agency, type);
                    }
                }
            }
        }

        return (null, null);
    }

    private static readonly string[] IssuingVerbs = ["ban hanh", "xay dung"];

    /// <summary>Words that start an agency's name, folded.</summary>
    private static readonly string[] AgencyHeads =
        ["so", "uy ban nhan dan", "ubnd", "ban", "bo", "van phong", "tinh uy", "thanh uy", "huyen uy", "dang uy", "chi bo", "trung tam",
         "phong", "cuc", "chi cuc", "hoi dong", "truong", "vien", "hoc vien"];

    private static string? TypeAt(string folded, int p)
    {
        foreach (var (phrase, name) in DocumentTypes.TypeWords)
        {
            if (name is not null && Scan.MatchPhrase(folded, p, phrase) >= 0)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"Sở Thông tin và Truyền thông (TT&amp;TT)" before the verb at <paramref name="verb"/>: from the first capitalised agency word of the clause.</summary>
    private static string? AgencyBefore(string text, string folded, int sentenceStart, int verb)
    {
        const int MaxAgency = 90;
        var end = Scan.SkipSpacesBack(folded, verb);
        if (end > 0 && folded[end - 1] == ')')
        {
            var open = folded.LastIndexOf('(', end - 1, Math.Min(24, end));
            end = open > sentenceStart ? Scan.SkipSpacesBack(folded, open) : end;
        }

        foreach (var adverb in new[] { "da", "vua" })
        {
            var at = Scan.MatchPhraseBack(folded, end, adverb);
            if (at >= 0)
            {
                end = Scan.SkipSpacesBack(folded, at);
            }
        }

        var clause = Math.Max(sentenceStart, end - MaxAgency);
        var comma = folded.AsSpan(clause, end - clause).LastIndexOfAny(",\n");
        clause = comma >= 0 ? clause + comma + 1 : clause;
        for (var p = clause; p < end; p++)
        {
            if (!char.IsUpper(text[p]) || (p > 0 && Scan.IsWordChar(folded[p - 1])))
            {
                continue;
            }

            foreach (var head in AgencyHeads)
            {
                if (Scan.MatchPhrase(folded, p, head) >= 0)
                {
                    var agency = Scan.Collapse(text.AsSpan(p, end - p));
                    return agency.Any(char.IsAsciiDigit) || agency.Contains('/') ? null : agency;
                }
            }
        }

        return null;
    }

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH THANH HÓA" → "Ủy ban nhân dân tỉnh Thanh Hóa", "BAN DÂN VẬN TỈNH ỦY" → "Ban Dân vận Tỉnh ủy".</summary>
    internal static string SentenceCase(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var f = words.Select(w => Folding.Fold(w).TrimEnd('.')).ToArray();
        var result = new string[words.Length];
        bool place = false, organisation = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Length ? f[i + 1] : "";
            var previous = i > 0 ? f[i - 1] : "";
            if (Acronyms.Contains(word) || word.Contains('&'))
            {
                result[i] = word;
                continue;
            }

            if (place && i > 0 && OrganisationWords.Contains(f[i]))
            {
                place = false;
                organisation = false;
            }

            bool capital;
            if (i == 0 || place)
            {
                capital = true;
            }
            else if (f[i] == "uy" && previous is "tinh" or "huyen" or "thanh" or "dang" or "quan")
            {
                capital = false; // Tỉnh ủy
            }
            else if (f[i] is "tinh" or "huyen" or "thanh" or "dang" && next == "uy")
            {
                capital = true;
            }
            else if (previous is "so" or "bo" or "cuc" or "vu" or "vien" or "ban" && !(previous == "ban" && i >= 2 && f[i - 2] == "uy"))
            {
                capital = organisation = true; // Sở Nội vụ, Ban Dân vận
            }
            else
            {
                capital = organisation && previous is "va" or "-";
            }

            result[i] = capital ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word.ToLowerInvariant();
            place |= (f[i] is "tinh" or "huyen" or "quan" or "phuong" or "xa" && next != "uy") || (f[i] == "pho" && previous == "thanh")
                || (f[i] == "uy" && previous is "tinh" or "huyen" or "thanh" or "quan");
        }

        return string.Join(' ', result);
    }

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal) { "so", "ban", "phong", "van", "cuc", "chi", "trung", "bo", "hoi", "doan", "truong" };

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "MTTQ", "TW", "CP", "VN", "TP.", "TP", "KT.", "TM.", "TL.", "Q.", "KT", "TM", "TL", "BCĐ", "BCH", "BTV",
    };

    private static readonly char[] ListNumbering = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' '];
}
