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
    private const int MaxClauseLength = 240;

    private static readonly char[] SpaceAndComma = [' ', ','];

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
        else if (Scan.SkipSpaces(folded, p) is var cell && cell < folded.Length && folded[cell] == '|'
            && VietnameseDates.TryRead(folded, Scan.SkipSpaces(folded, cell + 1), out d, out dateEnd))
        {
            // A table of documents: "| 25/KH-UBND | 15/02/2023 | UBND huyện |".
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
            var (name, issuerEnd) = IssuerReader.ReadIssuer(text, folded, Scan.SkipSpaces(folded, word));
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

        var (subject, subjectEnd) = SubjectReader.ReadSubject(text, folded, p);

        // "… ngày 20/10/2015 về “Tăng cường …” của Ban Bí thư": the issuer after a quoted subject.
        if (issuer is null && subject is not null)
        {
            var after = Scan.SkipSpacesAnd(folded, subjectEnd, ',');
            var cua = Scan.MatchPhrase(folded, after, "cua");
            if (cua >= 0)
            {
                issuer = IssuerReader.ReadIssuer(text, folded, Scan.SkipSpaces(folded, cua)).Issuer;
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
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IssuedOn();
}
