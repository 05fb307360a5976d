using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Places;
using DanVan.Text;

namespace DanVan.Citations;

/// <summary>The header of a plan, in normalized offsets: its own symbol occupies [SymbolStart, SymbolEnd).</summary>
internal sealed record DocumentHeader(DocumentInfo Info, int SymbolStart, int SymbolEnd, int? Year);

/// <summary>
/// Reads what a plan says about itself. A state plan opens with the agency, "Số: 614 /KH-UBND",
/// "Gia Lai, ngày 24 tháng 3 năm 2020", then "KẾ HOẠCH" and its title; it closes with the signer's
/// position and name. News pages give a date line instead ("23/10/2025 09:00", "Chủ Nhật, 24/9/2023").
/// </summary>
internal static partial class DocumentHeaderReader
{
    private const int HeaderLength = 3000;
    private const int SignatureLength = 2500;
    private const int MaxTitleLines = 5;

    /// <summary>Folded document types that stand alone on a header line ("KẾ HOẠCH", "QUYẾT ĐỊNH").</summary>
    private static readonly (string Folded, string Name)[] HeaderTypes =
        [.. DocumentTypes.TypeWords.Where(t => t.Name is not null && !t.Folded.Contains("phoi hop") && !t.Folded.Contains("lien tich")).Select(t => (t.Folded, t.Name!))];

    private static readonly string[] SignerTitles =
    [
        "pho chu tich", "chu tich", "pho giam doc", "giam doc", "pho bi thu", "bi thu", "pho truong ban", "truong ban",
        "chanh van phong", "pho chanh van phong", "truong phong", "pho truong phong", "bo truong", "thu truong", "thu tuong",
        "pho thu tuong", "tong bi thu", "chu nhiem", "hieu truong", "cuc truong", "chi cuc truong", "tong cuc truong",
    ];

    public static DocumentHeader Read(string text, string folded)
    {
        var headerEnd = Math.Min(text.Length, HeaderLength);
        var (symbol, pattern, symbolStart, symbolEnd) = OwnSymbol(text, folded, headerEnd);
        var (place, date, year) = PlaceAndDate(text, folded, headerEnd);
        date ??= DateLine(folded);
        var (type, title) = TypeAndTitle(text, folded, headerEnd);
        var agency = HeaderAgency(text, folded, headerEnd);
        var bodyAgency = BodyAgency(text, folded, headerEnd);
        agency ??= bodyAgency.Agency;
        type ??= bodyAgency.Type ?? symbol?.CodeType ?? PatternType(pattern);
        var province = ProvinceOf(place, agency, text, folded);
        if (agency is not null && province is not null)
        {
            var foldedAgency = Folding.Fold(agency);
            if (foldedAgency is "uy ban nhan dan" or "ubnd")
            {
                agency = $"{agency} tỉnh {province}";
            }
            else if (foldedAgency.EndsWith(" tinh", StringComparison.Ordinal) || foldedAgency.EndsWith(" thanh pho", StringComparison.Ordinal))
            {
                agency = $"{agency} {province}";
            }
        }

        var (signer, signerTitle) = Signature(text, folded);
        var info = new DocumentInfo(symbol?.Text, pattern, type, title, date, null, place, province, agency, signer, signerTitle);
        return new DocumentHeader(info, symbolStart, symbolEnd, date?.Year ?? year);
    }

    /// <summary>"Số: 614/KH-UBND" (the normalizer joined "614 /KH-UBND"); "Số: /KH-STTTT-VP" has no number.</summary>
    private static (DocumentSymbol? Symbol, string? Pattern, int Start, int End) OwnSymbol(string text, string folded, int headerEnd)
    {
        for (var p = folded.IndexOf("so", StringComparison.Ordinal); p >= 0 && p < headerEnd; p = folded.IndexOf("so", p + 2, StringComparison.Ordinal))
        {
            if (text[p] != 'S' || (p > 0 && Scan.IsWordChar(folded[p - 1])) || (p + 2 < folded.Length && Scan.IsWordChar(folded[p + 2])))
            {
                continue;
            }

            // "Số: 614/KH-UBND"; Party documents write "Số 15-CT/TU" at the start of a line, without a colon.
            var q = Scan.SkipSpaces(folded, p + 2);
            var colon = q < folded.Length && folded[q] == ':';
            if (!colon && !(StartsLine(text, p) && q < text.Length && char.IsAsciiDigit(text[q])))
            {
                continue;
            }

            q = colon ? q : q - 1;
            q = Scan.SkipSpaces(folded, q + 1);
            if (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                var match = SymbolShape.Match(text, q, tolerant: false);
                if (match is not null)
                {
                    return (DocumentSymbol.FromMatch(text, match), null, q, match.End);
                }
            }
            else if (q < text.Length && text[q] is '/' or '-')
            {
                var end = q;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '|')
                {
                    end++;
                }

                return (null, text[q..end], q, end);
            }
        }

        // A page that reproduces a document opens with its name: "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ…".
        var first = Scan.SkipSpaces(folded, 0);
        var lineEnd = text.IndexOf('\n', first);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var line = text[first..lineEnd];
        if (line.Length > 0 && !HasLowerCase(line))
        {
            foreach (var (phrase, _) in DocumentTypes.TypeWords)
            {
                var end = Scan.MatchPhrase(folded, first, phrase);
                if (end < 0)
                {
                    continue;
                }

                // "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ": the document's name. "NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY …"
                // is written as a citation; and a page that cites the symbol again is about that document.
                var q = Scan.SkipSpaces(folded, end);
                var match = q < text.Length && char.IsAsciiDigit(text[q]) ? SymbolShape.Match(text, q, tolerant: false) : null;
                if (match is not null && !VietnameseDates.TryReadAfterNgay(folded, Scan.SkipSpacesAnd(folded, match.End, ','), out _, out _)
                    && text.IndexOf(text[q..match.End], match.End, StringComparison.Ordinal) < 0)
                {
                    return (DocumentSymbol.FromMatch(text, match), null, q, match.End);
                }

                break;
            }
        }

        return (null, null, -1, -1);
    }

    /// <summary>Only white space, pipes or markup before <paramref name="p"/> on its line.</summary>
    private static bool StartsLine(string text, int p)
    {
        for (var i = p - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!(char.IsWhiteSpace(text[i]) || text[i] is '|' or '*' or '#'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type code of a number-less symbol: "/QĐ-UBND" → Quyết định.</summary>
    private static string? PatternType(string? pattern)
    {
        var parts = pattern?.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: > 0 } ? DocumentTypes.TypeOfCode(parts[0], SymbolScheme.Administrative) : null;
    }

    /// <summary>"Gia Lai, ngày 24 tháng 3 năm 2020"; "Giá Rai, ngày tháng năm 2013" gives the year only.</summary>
    private static (string? Place, DateOnly? Date, int? Year) PlaceAndDate(string text, string folded, int headerEnd)
    {
        var match = PlaceDateLine().Match(folded, 0, headerEnd);
        if (!match.Success)
        {
            return (null, null, null);
        }

        var place = PlaceBefore(text, match.Index);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (match.Groups["day"].Success && match.Groups["month"].Success
            && VietnameseDates.TryRead(folded, match.Groups["day"].Index, out var d, out _))
        {
            date = d;
        }

        return (place, date, year);
    }

    [GeneratedRegex("""
        ,\s*ngay\s*(?<day>\d{1,2})?[\s.…]*      # ", ngày 24" (the day may be left blank in a draft)
        \s*thang\s*(?<month>\d{1,2})?[\s.…]*    # " tháng 3"
        \s*nam\s+(?<year>\d{4})                  # " năm 2020"
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex PlaceDateLine();

    /// <summary>The proper-case words right before the comma: "Số: /QĐ-UBND Giá Rai" → "Giá Rai".</summary>
    private static string? PlaceBefore(string text, int comma)
    {
        var words = new List<string>();
        var p = comma;
        while (words.Count < 6)
        {
            var end = p;
            while (end > 0 && text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            if (start == end)
            {
                break;
            }

            var word = text[start..end];
            var properCase = char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Any(char.IsLower) || word.EndsWith('.'));
            if (!properCase)
            {
                break;
            }

            words.Insert(0, word);
            p = start;
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>A news page's date line within its first lines: "23/10/2025 09:00", "(26/05/2022)", "Thứ ba, 18 Tháng 8 2015 16:06".</summary>
    private static DateOnly? DateLine(string folded)
    {
        var lines = 0;
        var start = 0;
        while (start < folded.Length && lines < 10)
        {
            var end = folded.IndexOf('\n', start);
            end = end < 0 ? folded.Length : end;
            var line = folded[start..end].Trim();
            if (line.Length > 0)
            {
                lines++;
                if (line.Length <= 60)
                {
                    var match = DateLineShape().Match(line);
                    if (match.Success)
                    {
                        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                        if (year is >= 1945 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                        {
                            return new DateOnly(year, month, day);
                        }
                    }
                }
            }

            start = end + 1;
        }

        return null;
    }

    [GeneratedRegex("""
        ^[\W_]*
        (?:(?:thu\s+\w+|chu\s+nhat)\s*,?\s*)?          # Thứ ba, / Chủ Nhật,
        (?:dang\s+ngay\s*:?\s*|ngay\s+)?              # Đăng ngày
        \(?(?<d>\d{1,2})\s*(?:[/.-]|\s+thang)\s*(?<m>\d{1,2})\s*(?:[/.-]|\s+nam|\s)\s*(?<y>\d{4})\)?
        (?:\s*\|?\s*\d{1,2}:\d{2}(?::\d{2})?)?         # 09:00
        [\W_]*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DateLineShape();

    /// <summary>"KẾ HOẠCH" alone on a line (or followed by the title), and the title lines after it.</summary>
    private static (string? Type, string? Title) TypeAndTitle(string text, string folded, int headerEnd)
    {
        var lines = Lines(folded, headerEnd);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var content = Scan.SkipSpaces(folded, SkipMarkup(folded, start, end));
            if (content >= end)
            {
                continue;
            }

            foreach (var (phrase, name) in HeaderTypes)
            {
                if (phrase[0] != folded[content])
                {
                    continue;
                }

                var typeEnd = Scan.MatchPhrase(folded, content, phrase);
                if (typeEnd < 0 || typeEnd > end || !IsUpperCase(text, content, typeEnd))
                {
                    continue;
                }

                var rest = Clean(text[typeEnd..end]);
                if (rest.StartsWith(':') || (rest.Length > 0 && char.IsAsciiDigit(rest[0])) || Folding.Fold(rest).StartsWith("so", StringComparison.Ordinal))
                {
                    break; // "QUYẾT ĐỊNH:" enacts; "KẾT LUẬN 127-KL/TW" is a heading with a symbol
                }

                var title = new StringBuilder(rest);
                for (var j = i + 1; j < lines.Count && j <= i + MaxTitleLines; j++)
                {
                    var (ls, le) = lines[j];
                    var line = Clean(text[ls..le]);
                    if (line.Length == 0)
                    {
                        if (text.AsSpan(ls, le - ls).Trim('\r').Length > 0 && title.Length > 0)
                        {
                            break; // a line of spaces closes the title block in PDF text
                        }

                        continue;
                    }

                    if (IsBodyStart(folded, ls, le, line))
                    {
                        break;
                    }

                    title.Append(title.Length > 0 ? " " : "").Append(line);
                }

                var titleText = Scan.Collapse(title.ToString());
                return (name, titleText.Length == 0 ? null : titleText);
            }
        }

        // A news page or a file that starts at its title: the first short line that is not a date.
        if (HasOfficialHeader(folded, headerEnd))
        {
            return (null, null);
        }

        foreach (var (start, end) in lines)
        {
            var line = Clean(text[start..end]);
            if (line.Length == 0 || DateLineShape().IsMatch(folded[start..end].Trim()))
            {
                continue;
            }

            return (null, line.Length <= 200 ? line : null);
        }

        return (null, null);
    }

    /// <summary>The national motto or a "Số:" line: an official document, whose title is not its first line.</summary>
    private static bool HasOfficialHeader(string folded, int headerEnd) =>
        MottoStart(folded, headerEnd) >= 0;

    /// <summary>Where "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" starts (PDF text may glue words: "XàHỘI"), or -1.</summary>
    private static int MottoStart(string folded, int headerEnd)
    {
        var motto = folded.IndexOf("cong hoa xa", 0, headerEnd, StringComparison.Ordinal);
        return motto >= 0 ? motto : folded.IndexOf("doc lap", 0, headerEnd, StringComparison.Ordinal);
    }

    private static bool IsUpperCase(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBodyStart(string folded, int start, int end, string line)
    {
        var p = Scan.SkipSpaces(folded, SkipMarkup(folded, start, end));
        if (BodyStart().IsMatch(folded.AsSpan(p, Math.Min(60, folded.Length - p))))
        {
            return true;
        }

        // Titles in capitals run long and may start "TRIỂN KHAI CHƯƠNG TRÌNH …"; body sentences are not in capitals.
        if (!HasLowerCase(line))
        {
            return false;
        }

        if (line.Length > 250)
        {
            return true;
        }

        // "Thực hiện Kế hoạch số …", "Triển khai Quyết định …": a sentence about another document.
        foreach (var verb in BodyVerbs)
        {
            var q = Scan.MatchPhrase(folded, p, verb);
            if (q >= 0 && DocumentTypes.TypeWords.Any(t => Scan.MatchPhrase(folded, Scan.SkipSpaces(folded, q), t.Folded) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BodyVerbs = ["thuc hien", "trien khai", "thi hanh", "quan triet"];

    private static readonly string[] SignerPrefixes = ["kt ", "tm ", "tl ", "q ", "t m "];

    [GeneratedRegex(@"^(?:can cu|theo de nghi|xet de nghi|nham |(?:[ivx]+|\d+)[.)]\s|dieu 1|quyet dinh\s*:|chu tich uy ban|uy ban nhan dan (?:tinh|thanh pho|huyen)|\(chinhphu)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex BodyStart();

    private static int SkipMarkup(string folded, int start, int end)
    {
        while (start < end && (folded[start] is '*' or '#' or '|' or '_' || char.IsWhiteSpace(folded[start])))
        {
            start++;
        }

        return start;
    }

    private static string Clean(string line) => Scan.Collapse(line.Replace("**", "", StringComparison.Ordinal).Trim(LineMarkup));

    private static List<(int Start, int End)> Lines(string text, int limit)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < limit && lines.Count < 60)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 || end > text.Length ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>The agency block above the national motto: "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA".</summary>
    private static string? HeaderAgency(string text, string folded, int headerEnd)
    {
        var motto = MottoStart(folded, headerEnd);
        if (motto < 0)
        {
            return null;
        }

        var words = new StringBuilder();
        foreach (var (start, end) in Lines(text, motto + 1))
        {
            var lineEnd = Math.Min(end, motto);
            var cell = text[start..lineEnd];
            var bar = cell.IndexOf('|');
            if (bar >= 0)
            {
                cell = cell[..bar];
            }

            cell = Clean(cell);
            if (Folding.Fold(cell).StartsWith("so:", StringComparison.Ordinal) || Folding.Fold(cell).StartsWith("so :", StringComparison.Ordinal))
            {
                break;
            }

            if (cell.Length == 0 || cell.All(c => c is '-' or '_' or '=' or ' '))
            {
                continue;
            }

            words.Append(words.Length > 0 ? " " : "").Append(cell);
        }

        var agency = words.ToString().TrimStart(ListNumbering);
        return agency.Length is > 2 and < 120 && !HasLowerCase(agency) ? SentenceCase(agency) : null;
    }

    /// <summary>
    /// The plan's own issuing sentence: "Sở Thông tin và Truyền thông (TT&amp;TT) ban hành Kế hoạch … cụ thể
    /// như sau", "Sở Nội vụ xây dựng kế hoạch …, như sau". A sentence without "như sau" is about another document.
    /// </summary>
    private static (string? Agency, string? Type) BodyAgency(string text, string folded, int headerEnd)
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
            place |= (f[i] is "tinh" or "huyen" or "quan" or "phuong" or "xa" && next != "uy") || (f[i] == "pho" && previous == "thanh");
        }

        return string.Join(' ', result);
    }

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "MTTQ", "TW", "CP", "VN", "TP.", "TP", "KT.", "TM.", "TL.", "Q.", "KT", "TM", "TL", "BCĐ", "BCH", "BTV",
    };

    private static string? ProvinceOf(string? place, string? agency, string text, string folded)
    {
        if (place is not null && Gazetteer.Find(place) is { } fromPlace)
        {
            return fromPlace;
        }

        if (agency is not null)
        {
            var foldedAgency = Folding.Fold(agency);
            for (var i = 0; i < foldedAgency.Length; i++)
            {
                if ((i == 0 || !Scan.IsWordChar(foldedAgency[i - 1])) && Gazetteer.TryMatchAt(foldedAgency, i, out var name, out _))
                {
                    return name;
                }
            }
        }

        // The most frequent "tỉnh Gia Lai" / "Tỉnh ủy Bắc Giang" / "thành phố Hà Nội" in the body.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var head in new[] { "tinh uy", "tinh", "thanh pho", "thanh uy" })
        {
            for (var p = folded.IndexOf(head, StringComparison.Ordinal); p >= 0; p = folded.IndexOf(head, p + head.Length, StringComparison.Ordinal))
            {
                var end = Scan.MatchPhrase(folded, p, head);
                if (end >= 0 && Gazetteer.TryMatchAt(folded, Scan.SkipSpaces(folded, end), out var name, out _))
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).First().Key;
    }

    /// <summary>The signer's position ("GIÁM ĐỐC") near the end and the name under it ("Đoàn Dụng").</summary>
    private static (string? Name, string? Title) Signature(string text, string folded)
    {
        var from = Math.Max(0, text.Length - SignatureLength);
        var lines = new List<(int Start, int End)>();
        for (var start = from; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var (start, end) = lines[i];
            var raw = text.AsSpan(start, end - start);
            if (raw.Length > 80 || raw.IsWhiteSpace() || HasLowerCase(raw))
            {
                continue;
            }

            var line = Clean(raw.ToString());
            if (line.Length is 0 or > 60)
            {
                continue;
            }

            var foldedLine = Scan.Collapse(Folding.Fold(line).Replace('.', ' ').Replace('/', ' '));
            foreach (var prefix in SignerPrefixes)
            {
                if (foldedLine.StartsWith(prefix, StringComparison.Ordinal))
                {
                    foldedLine = foldedLine[prefix.Length..];
                }
            }

            if (!SignerTitles.Contains(foldedLine, StringComparer.Ordinal))
            {
                continue;
            }

            var title = SentenceCase(line);
            for (var j = i + 1; j < lines.Count && j <= i + 12; j++)
            {
                var candidate = Clean(text[lines[j].Start..lines[j].End]);
                if (candidate.StartsWith('-') || candidate.Length > 60)
                {
                    break;
                }

                if (IsPersonName(candidate))
                {
                    return (candidate, title);
                }
            }

            return (null, title);
        }

        return (null, null);
    }

    private static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] ListNumbering = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' '];

    private static readonly char[] LineMarkup = [' ', '\t', '|', '*', '#', '_'];

    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]));
    }
}
