using System.Text.RegularExpressions;

namespace DanVan.Citations;

/// <summary>The type word in front of a reference: where it starts, the type it names, and how it was written.</summary>
internal readonly record struct TypeWord(int Start, string? Name, string Written);

/// <summary>What follows a reference: "ngày 16/5/2016 của Thủ tướng Chính phủ về tăng cường…".</summary>
internal readonly record struct TrailingContext(DateOnly? Date, string? Issuer, string? Subject, int End);

/// <summary>
/// Reads the words around a symbol, on the normalized text (for what is shown) and its folded twin
/// (for keywords): the type word before it, then the date, issuer and subject after it; or, for
/// "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU", the date and issuer before.
/// </summary>
internal static partial class ReferenceContext
{
    private const int MaxIssuerWords = 18;
    private const int MaxSubjectLength = 320;
    private const int MaxClauseLength = 240;

    /// <summary>
    /// Words that end an issuer ("của Chính phủ <b>về</b> …", "… <b>ban hành</b> …"), with their accents:
    /// "tại" ends an issuer, "Tài" in "Bộ Tài chính" does not. See <see cref="IsIssuerStop"/>.
    /// </summary>
    private static readonly string[] IssuerStops =
    [
        "về", "ban hành", "hướng dẫn", "quy định", "phê duyệt", "sửa đổi", "triển khai", "phối hợp", "công bố", "tại",
        "theo", "nhằm", "đã", "vừa", "ngày", "để", "trên", "trong", "gửi", "việc", "cho", "ký", "thông qua", "được",
        "quyết định", "tiếp tục", "đánh giá", "kết luận", "tổng kết", "sơ kết", "là", "có", "nay", "đến", "với việc",
    ];

    private static readonly string[] IssuerStopsFolded = [.. IssuerStops.Select(Text.Folding.Fold)];

    private static readonly char[] SpaceAndComma = [' ', ','];

    private static readonly char[] SubjectTrim = [' ', ',', ':', '*', '"', '“', '”'];

    /// <summary>Words that start a subject without "về" ("… của Thủ tướng Chính phủ ban hành Kế hoạch …").</summary>
    private static readonly string[] SubjectStarts = ["ve", "ban hanh", "huong dan", "quy dinh", "phe duyet", "sua doi"];

    /// <summary>The type word ending right before <paramref name="symbolStart"/>, with an optional "số" between.</summary>
    public static TypeWord? TypeWordBefore(string text, string folded, int symbolStart)
    {
        var p = Scan.SkipSpacesBack(folded, symbolStart);
        if (p > 0 && folded[p - 1] == ':')
        {
            p = Scan.SkipSpacesBack(folded, p - 1);
        }

        var so = Scan.MatchPhraseBack(folded, p, "so");
        var hasSo = so >= 0;
        if (hasSo)
        {
            p = Scan.SkipSpacesBack(folded, so);
        }

        var last = p > 0 ? folded[p - 1] : '\0';
        foreach (var (phrase, name) in DocumentTypes.TypeWords)
        {
            if (phrase[^1] != last)
            {
                continue;
            }

            var start = Scan.MatchPhraseBack(folded, p, phrase);
            if (start >= 0)
            {
                return new TypeWord(start, name, Scan.Collapse(text.AsSpan(start, p - start)));
            }
        }

        if (hasSo)
        {
            var start = p;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text[start..p];
            if (DocumentTypes.Abbreviations.TryGetValue(word, out var abbreviated) && (start == 0 || !Scan.IsWordChar(text[start - 1])))
            {
                return new TypeWord(start, abbreviated, word);
            }
        }

        return null;
    }

    /// <summary>
    /// "Luật Phòng, chống ma túy số 73/2021/QH14", "Pháp lệnh Ưu đãi người có công với cách mạng số
    /// 02/2020/UBTVQH14": a law or ordinance named before its Quốc hội symbol, in the same clause.
    /// </summary>
    public static TypeWord? NamedTypeBefore(string text, string folded, int symbolStart, DocumentSymbol symbol)
    {
        const int MaxName = 160;
        if (symbol.Scheme != SymbolScheme.LegalNormative || symbol.Issuers.Count == 0 || !symbol.Issuers[^1].Contains("QH", StringComparison.Ordinal))
        {
            return null;
        }

        var so = Scan.MatchPhraseBack(folded, Scan.SkipSpacesBack(folded, symbolStart), "so");
        if (so < 0)
        {
            return null;
        }

        var limit = Math.Max(0, so - MaxName);
        for (var p = so - 1; p >= limit && folded[p] is not (';' or '.' or ':' or '\n'); p--)
        {
            foreach (var (head, type) in new[] { ("bo luat", DocumentTypes.BoLuat), ("luat", DocumentTypes.Luat), ("phap lenh", DocumentTypes.PhapLenh) })
            {
                var end = Scan.MatchPhrase(folded, p, head);
                if (end >= 0 && char.IsUpper(text[p]) && Scan.SkipSpaces(folded, end) is var name && name < text.Length && char.IsUpper(text[name]))
                {
                    return new TypeWord(p, type, Scan.Collapse(text.AsSpan(p, end - p)));
                }
            }
        }

        return null;
    }

    /// <summary>Reads date, issuer and subject after a reference ending at <paramref name="end"/>; End stops before the subject.</summary>
    public static TrailingContext After(string text, string folded, int end)
    {
        DateOnly? date = null;
        string? issuer = null;
        var p = end;

        if (VietnameseDates.TryReadAfterNgay(folded, Scan.SkipSpacesAnd(folded, p, ','), out var d, out var dateEnd))
        {
            date = d;
            p = dateEnd;
        }

        var q = Scan.SkipSpacesAnd(folded, p, ',');
        var word = Scan.MatchPhrase(folded, q, "cua");
        if (word < 0)
        {
            word = Scan.MatchPhrase(folded, q, "giua");
        }

        if (word >= 0)
        {
            var (name, issuerEnd) = ReadIssuer(text, folded, Scan.SkipSpaces(folded, word));
            if (name is not null)
            {
                issuer = name;
                p = issuerEnd;
                if (date is null && VietnameseDates.TryReadAfterNgay(folded, Scan.SkipSpacesAnd(folded, p, ','), out d, out dateEnd))
                {
                    date = d;
                    p = dateEnd;
                }
            }
        }

        var (subject, subjectEnd) = ReadSubject(text, folded, p);

        // "… ngày 20/10/2015 về “Tăng cường …” của Ban Bí thư": the issuer after a quoted subject.
        if (issuer is null && subject is not null)
        {
            var after = Scan.SkipSpacesAnd(folded, subjectEnd, ',');
            var cua = Scan.MatchPhrase(folded, after, "cua");
            if (cua >= 0)
            {
                issuer = ReadIssuer(text, folded, Scan.SkipSpaces(folded, cua)).Issuer;
            }
        }

        return new TrailingContext(date, issuer, subject, p);
    }

    /// <summary>
    /// "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành" right before the type word at
    /// <paramref name="typeStart"/>: the date and issuer of the document named next.
    /// </summary>
    public static (DateOnly? Date, string? Issuer) Before(string text, string folded, int typeStart)
    {
        var clauseStart = typeStart;
        while (clauseStart > 0 && typeStart - clauseStart < MaxClauseLength && folded[clauseStart - 1] is not ('.' or ';' or '!' or '?'))
        {
            clauseStart--;
        }

        // Cheap tests first: the clause must end with an issuing verb and contain "ngày".
        var tail = folded.AsSpan(clauseStart, typeStart - clauseStart).TrimEnd();
        if (!(tail.EndsWith("ban hanh") || tail.EndsWith(" ra") || tail.EndsWith(" ky")) || !tail.Contains("ngay", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var clause = folded[clauseStart..typeStart];
        var match = IssuedOn().Match(clause);
        if (!match.Success)
        {
            return (null, null);
        }

        var dateGroup = match.Groups["date"];
        if (!VietnameseDates.TryRead(folded, clauseStart + dateGroup.Index, out var date, out _))
        {
            return (null, null);
        }

        var issuer = match.Groups["issuer"];
        var written = issuer.Success ? Scan.Collapse(text.AsSpan(clauseStart + issuer.Index, issuer.Length)).Trim(SpaceAndComma) : "";
        return (date, written.Length == 0 ? null : written);
    }

    /// <summary>
    /// "ngày 18-2-1998, Bộ Chính trị đã ra" at the end of a clause, folded. The issuer is what stands
    /// between the comma after the date and the verb.
    /// </summary>
    [GeneratedRegex("""
        (?:^|[\s(,])ngay\s+
        (?<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}       # 12/9/2018, 18-2-1998
              |\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})         # 28 tháng 11 năm 2023
        (?:\s*,\s*(?<issuer>[^,;:]{2,160}?))?                    # , Ban Dân vận Tỉnh ủy (may be left out)
        \s+(?:da\s+|vua\s+)?(?:ky\s+)?(?:ban\s+hanh|ra|ky|phat\s+hanh)\s*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IssuedOn();

    private static (string? Issuer, int End) ReadIssuer(string text, string folded, int start)
    {
        var p = start;
        var lastWordEnd = -1;
        var beforeVa = -1;
        var words = 0;
        while (words < MaxIssuerWords)
        {
            var wordStart = Scan.SkipSpaces(folded, p);
            if (wordStart >= folded.Length)
            {
                break;
            }

            // A new line that starts a list item, a heading or a salutation ("Kính gửi:") ends the issuer.
            if (wordStart > p && folded.AsSpan(p, wordStart - p).Contains('\n') && (IsListLine(folded, wordStart) || IsLabelLine(folded, wordStart)))
            {
                break;
            }

            var c = folded[wordStart];
            if (c is '-' or '&' && lastWordEnd >= 0)
            {
                // "Bộ Lao động - Thương binh và Xã hội", "Ban Dân vận – Ban Cán sự Đảng".
                p = wordStart + 1;
                continue;
            }

            if (c == ',' && lastWordEnd >= 0 && ContinuesAfterComma(text, folded, wordStart + 1))
            {
                // "Bộ Văn hóa, Thể thao và Du lịch", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
                p = wordStart + 1;
                continue;
            }

            if (!Scan.IsWordChar(c) || IsIssuerStop(text, folded, wordStart, lastWordEnd >= 0 ? text.AsSpan(start, lastWordEnd - start) : default))
            {
                break;
            }

            var wordEnd = wordStart;
            while (wordEnd < folded.Length && (Scan.IsWordChar(folded[wordEnd]) || folded[wordEnd] == '&'))
            {
                wordEnd++;
            }

            beforeVa = Scan.MatchPhrase(folded, wordStart, "va") >= 0 ? lastWordEnd : -1;
            lastWordEnd = wordEnd;
            p = wordEnd;
            words++;
        }

        // "của UBND tỉnh và" before something that is not a name: the "và" is not part of it.
        if (beforeVa > start)
        {
            lastWordEnd = beforeVa;
        }

        return lastWordEnd < 0 ? (null, start) : (Scan.Collapse(text.AsSpan(start, lastWordEnd - start)), lastWordEnd);
    }

    private static bool ContinuesAfterComma(string text, string folded, int p)
    {
        var next = p;
        while (next < folded.Length && folded[next] is ' ' or '\t')
        {
            next++;
        }

        if (next >= text.Length || !char.IsUpper(text[next]) || next == p)
        {
            return false;
        }

        foreach (var (phrase, _) in DocumentTypes.TypeWords)
        {
            if (Scan.MatchPhrase(folded, next, phrase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Kính gửi:", "Nơi nhận:": a short label and a colon.</summary>
    private static bool IsLabelLine(string folded, int p)
    {
        var limit = Math.Min(folded.Length, p + 24);
        for (var i = p; i < limit && folded[i] != '\n'; i++)
        {
            if (folded[i] == ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stop word ends the issuer when written as a stop word: lower case ("về", "tại") or in a
    /// line of capitals ("CỦA BỘ CHÍNH TRỊ VỀ"), with its accents, or typed without any accents at all
    /// ("cua Thu tuong ve"). "Bộ Tài chính", "Bộ Giao thông vận tải", "UBND thành phố Đà Nẵng" go on.
    /// </summary>
    private static bool IsIssuerStop(string text, string folded, int p, ReadOnlySpan<char> issuerSoFar)
    {
        var word = Scan.WordAt(text, p);
        var lowerInitial = char.IsLower(text[p]);
        var capitals = !lowerInitial && word.Length > 1 && !HasLower(word);
        var plain = IsAscii(word);
        if (lowerInitial || capitals)
        {
            var first = folded[p];
            for (var k = 0; k < IssuerStops.Length; k++)
            {
                if (IssuerStopsFolded[k][0] == first
                    && (Scan.MatchPhraseIgnoreCase(text, p, IssuerStops[k]) >= 0 || (plain && Scan.MatchPhrase(folded, p, IssuerStopsFolded[k]) >= 0)))
                {
                    return true;
                }
            }
        }

        // "thực hiện" ends "của Ban Dân vận thực hiện công tác …" but belongs to "Ban Chỉ đạo thực hiện quy chế dân chủ".
        if (Scan.MatchPhrase(folded, p, "thuc hien") >= 0)
        {
            return !Text.Folding.Fold(issuerSoFar.ToString()).EndsWith("chi dao", StringComparison.Ordinal);
        }

        // "của Chính phủ và Kế hoạch số 71-KH/TU", "… và KH số 01-KH/…": "và" before another reference.
        var va = Scan.MatchPhrase(folded, p, "va");
        if (va >= 0)
        {
            var next = Scan.SkipSpaces(folded, va);
            foreach (var (phrase, _) in DocumentTypes.TypeWords)
            {
                if (Scan.MatchPhrase(folded, next, phrase) >= 0)
                {
                    return true;
                }
            }

            var abbreviation = Scan.WordAt(text, next);
            if (abbreviation.Length > 0 && DocumentTypes.Abbreviations.ContainsKey(abbreviation.ToString()))
            {
                return true;
            }

            return next < folded.Length && char.IsAsciiDigit(folded[next]);
        }

        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static (string? Subject, int End) ReadSubject(string text, string folded, int p)
    {
        var start = Scan.SkipSpaces(folded, p);
        var quoted = false;
        while (start < folded.Length && folded[start] is '“' or '"' or '*' or '(')
        {
            quoted |= folded[start] is '“' or '"';
            start = Scan.SkipSpaces(folded, start + 1);
        }

        var starts = false;
        foreach (var word in SubjectStarts)
        {
            starts |= Scan.MatchPhrase(folded, start, word) >= 0;
        }

        if (!starts)
        {
            return (null, p);
        }

        var depth = quoted ? 1 : 0;
        var i = start;
        for (; i < folded.Length && i - start < MaxSubjectLength; i++)
        {
            var c = folded[i];
            if (c == '“')
            {
                depth++;
            }
            else if (c == '”' || (c == '"' && depth > 0))
            {
                depth--;
                if (depth < 0 || (depth == 0 && quoted))
                {
                    break;
                }

                if (depth == 0 && Scan.MatchPhrase(folded, Scan.SkipSpacesAnd(folded, i + 1, ','), "cua") >= 0)
                {
                    i++;
                    break; // the quoted subject is over; "của …" names the issuer
                }
            }
            else if (c == '"')
            {
                depth++;
            }
            else if (depth == 0 && (c == ';' || (c == '.' && (i + 1 >= folded.Length || char.IsWhiteSpace(folded[i + 1])))))
            {
                break;
            }
            else if (c == '\n' && IsListLine(folded, i + 1))
            {
                break;
            }
        }

        var subject = Scan.Collapse(text.AsSpan(start, i - start)).Trim(SubjectTrim);
        return (subject.Length == 0 ? null : subject, i);
    }

    private static bool IsListLine(string folded, int p)
    {
        var limit = p + 16;
        while (p < folded.Length && p < limit && char.IsWhiteSpace(folded[p]))
        {
            p++;
        }

        if (p >= folded.Length)
        {
            return true;
        }

        if (folded[p] is '-' or '+' or '•' or '*' or '#')
        {
            return true;
        }

        var q = p;
        while (q < folded.Length && (char.IsAsciiDigit(folded[q]) || folded[q] is 'i' or 'v' or 'x'))
        {
            q++;
        }

        return q > p && q < folded.Length && folded[q] is '.' or ')';
    }
}
