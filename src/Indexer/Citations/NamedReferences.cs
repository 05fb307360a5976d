using System.Text.RegularExpressions;

namespace DanVan.Citations;

/// <summary>A reference by name found in the text, in normalized offsets.</summary>
internal sealed record NamedMatch(int Start, int End, string Type, string? ResolvedSymbol, DateOnly? Date);

/// <summary>
/// References without a symbol: named laws ("Luật Thực hiện dân chủ ở cơ sở năm 2022" → 10/2022/QH15),
/// amending laws, named ordinances ("Pháp lệnh về thực hiện dân chủ ở xã, phường, thị trấn"), the
/// Constitution and Party congress resolutions ("Nghị quyết Đại hội XIII"). The table of names is from
/// the laws themselves (general knowledge, not ../shared/registry); a name it lacks is still found
/// when written as a capitalised name after "Luật", with no symbol resolved.
/// </summary>
internal static partial class NamedReferences
{
    private const int MaxGenericNameWords = 10;

    /// <summary>Words before "Luật" that make it something else: "pháp luật", "Bộ luật", "dự án Luật", "Đại học Luật", "Khoa Luật".</summary>
    private static readonly string[] NotALaw = ["phap", "ky", "quy", "dieu", "dao", "bo", "du an", "du thao", "hoc", "khoa", "vien", "nganh", "cu nhan", "thac si", "tien si", "hoc vien"];

    /// <summary>Finds every named reference in the text; <paramref name="documentDate"/> picks a law's version when the text gives no year.</summary>
    public static List<NamedMatch> Find(string text, string folded, DateOnly? documentDate)
    {
        var found = new List<NamedMatch>();
        FindLaws(text, folded, documentDate, found);
        FindOthers(text, folded, "phap lenh", DocumentTypes.PhapLenh, documentDate, found);
        FindOthers(text, folded, "bo luat", DocumentTypes.BoLuat, documentDate, found);
        FindConstitution(folded, found);
        FindCongressResolutions(folded, found);
        return found;
    }

    private static void FindLaws(string text, string folded, DateOnly? documentDate, List<NamedMatch> found)
    {
        for (var p = folded.IndexOf("luat", StringComparison.Ordinal); p >= 0; p = folded.IndexOf("luat", p + 4, StringComparison.Ordinal))
        {
            if ((p > 0 && Scan.IsWordChar(folded[p - 1])) || p + 4 >= folded.Length || !char.IsWhiteSpace(folded[p + 4]))
            {
                continue;
            }

            // "pháp luật", "kỷ luật", "Bộ luật", "dự án Luật", "Đại học Luật": not a law cited by name.
            var before = Scan.SkipSpacesBack(folded, p);
            if (NotALaw.Any(word => Scan.MatchPhraseBack(folded, before, word) >= 0))
            {
                continue;
            }

            var nameStart = Scan.SkipSpaces(folded, p + 4);
            var match = MatchAmendingLaw(text, folded, p, nameStart) ?? MatchLaw(text, folded, p, nameStart, documentDate, text[p] == 'L');
            if (match is not null)
            {
                found.Add(match);
                p = match.End - 4;
            }
        }
    }

    /// <summary>"Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019": one reference.</summary>
    private static NamedMatch? MatchAmendingLaw(string text, string folded, int start, int p)
    {
        var q = Scan.MatchPhrase(folded, p, "sua doi, bo sung");
        if (q < 0)
        {
            return null;
        }

        q = Scan.SkipSpaces(folded, q);
        foreach (var phrase in AmendingLinks)
        {
            var r = Scan.MatchPhrase(folded, q, phrase);
            if (r >= 0)
            {
                q = Scan.SkipSpaces(folded, r);
                break;
            }
        }

        var cac = Scan.MatchPhrase(folded, q, "cac");
        var next = cac >= 0 ? Scan.SkipSpaces(folded, cac) : q;
        KnownName? first = null;
        var end = -1;
        while (Scan.MatchPhrase(folded, next, "luat") is var l && l >= 0)
        {
            var (law, lawEnd) = ReadLawName(text, folded, Scan.SkipSpaces(folded, l), capitalRequired: true);
            if (lawEnd < 0)
            {
                break;
            }

            first ??= law;
            end = lawEnd;
            var va = Scan.MatchPhrase(folded, Scan.SkipSpaces(folded, end), "va");
            if (va < 0)
            {
                break;
            }

            next = Scan.SkipSpaces(folded, va);
        }

        if (end < 0)
        {
            return null;
        }

        var (date, year, dateEnd) = TrailingDate(folded, end);
        var amendment = year is null || first is null ? null : first.Amendments.FirstOrDefault(a => a.Passed.Year == year);
        return new NamedMatch(start, dateEnd ?? end, DocumentTypes.Luat, amendment?.Symbol, date);
    }

    private static readonly string[] AmendingLinks = ["mot so dieu cua", "cua"];

    /// <summary>"Luật Tiếp công dân" (in the table: resolved) or "Luật Điện ảnh" (capitalised: found, not resolved).</summary>
    private static NamedMatch? MatchLaw(string text, string folded, int start, int p, DateOnly? documentDate, bool capitalRequired)
    {
        var (law, end) = ReadLawName(text, folded, p, capitalRequired);
        if (end < 0)
        {
            return null;
        }

        var (date, year, dateEnd) = TrailingDate(folded, end);
        return new NamedMatch(start, dateEnd ?? end, law?.Type ?? DocumentTypes.Luat, law is null ? null : PickVersion(law.Versions, year, documentDate), date);
    }

    /// <summary>
    /// Reads a law's name at <paramref name="p"/>: the longest table name that also ends there ("Giáo dục
    /// nghề nghiệp" is not "Giáo dục"), else, when it starts with a capital, a name read word by word.
    /// Returns the end of the name, or -1.
    /// </summary>
    private static (KnownName? Law, int End) ReadLawName(string text, string folded, int p, bool capitalRequired)
    {
        foreach (var law in KnownNames.LawsLongestFirst)
        {
            var e = Scan.MatchPhrase(folded, p, law.Folded);
            if (e >= 0 && NameEndsAt(text, folded, e))
            {
                return (law, e);
            }
        }

        if (!capitalRequired || p >= text.Length || !char.IsUpper(text[p]))
        {
            return (null, -1);
        }

        var end = -1;
        var q = p;
        for (var words = 0; words < MaxGenericNameWords; words++)
        {
            var wordStart = Scan.SkipSpaces(folded, q);
            if (wordStart < folded.Length && folded[wordStart] == ',' && end >= 0)
            {
                // "Luật Phòng, chống ma túy": a comma before a lower-case word stays inside the name.
                var after = Scan.SkipSpaces(folded, wordStart + 1);
                if (after < text.Length && char.IsLower(text[after]) && !IsNameStop(text, folded, after))
                {
                    q = after;
                    continue;
                }
            }

            if (wordStart >= folded.Length || !Scan.IsWordChar(folded[wordStart]) || (end >= 0 && IsNameStop(text, folded, wordStart)))
            {
                break;
            }

            var wordEnd = wordStart;
            while (wordEnd < folded.Length && Scan.IsWordChar(folded[wordEnd]))
            {
                wordEnd++;
            }

            end = wordEnd;
            q = wordEnd;
        }

        return (null, end);
    }

    /// <summary>A table name is the whole name when what follows cannot continue it: punctuation, a line break, a capital, a stop word.</summary>
    private static bool NameEndsAt(string text, string folded, int end)
    {
        var next = Scan.SkipSpaces(folded, end);
        return next >= folded.Length || !Scan.IsWordChar(folded[next]) || folded.AsSpan(end, next - end).Contains('\n')
            || char.IsUpper(text[next]) || IsNameStop(text, folded, next, joinersEnd: true);
    }

    /// <summary>
    /// Words that end a name ("Luật Điện ảnh <b>ngày</b> …"), accents kept: "người có công", "ma túy", "thiên
    /// tai" go on. "và" and "của" end it only before a capital ("và Luật Viên chức", "của Quốc hội"), so
    /// "Luật Khoa học, công nghệ và đổi mới sáng tạo" and "tác hại của thuốc lá" go on.
    /// </summary>
    private static readonly string[] NameStops =
        ["ngày", "năm", "số", "đã", "được", "về", "theo", "trên", "để", "tại", "này", "hiện", "quy định", "hướng dẫn",
         "trong", "thì", "các", "những", "là", "cần", "phải", "mà", "sửa đổi", "có hiệu lực", "nay", "đến", "từ", "cho", "khi"];

    private static readonly string[] NameStopsFolded = [.. NameStops.Select(Text.Folding.Fold)];

    private static readonly string[] Joiners = ["và", "của"];

    private static bool IsNameStop(string text, string folded, int p, bool joinersEnd = false)
    {
        var plain = Scan.IsPlainContext(text, p);
        for (var k = 0; k < NameStops.Length; k++)
        {
            if (NameStopsFolded[k][0] == folded[p]
                && (Scan.MatchPhraseIgnoreCase(text, p, NameStops[k]) >= 0 || (plain && Scan.MatchPhrase(folded, p, NameStopsFolded[k]) >= 0)))
            {
                return true;
            }
        }

        foreach (var joiner in Joiners)
        {
            var after = Scan.MatchPhraseIgnoreCase(text, p, joiner);
            if (after < 0 && plain)
            {
                after = Scan.MatchPhrase(folded, p, Text.Folding.Fold(joiner));
            }

            if (after >= 0)
            {
                var next = Scan.SkipSpaces(folded, after);
                return joinersEnd || next >= text.Length || !char.IsLower(text[next]);
            }
        }

        return false;
    }

    private static void FindOthers(string text, string folded, string head, string type, DateOnly? documentDate, List<NamedMatch> found)
    {
        for (var p = folded.IndexOf(head, StringComparison.Ordinal); p >= 0; p = folded.IndexOf(head, p + head.Length, StringComparison.Ordinal))
        {
            var afterHead = Scan.MatchPhrase(folded, p, head);
            if (afterHead < 0)
            {
                continue;
            }

            var q = Scan.SkipSpaces(folded, afterHead);
            var ve = Scan.MatchPhrase(folded, q, "ve");
            if (ve >= 0)
            {
                q = Scan.SkipSpaces(folded, ve);
            }

            var known = false;
            foreach (var other in KnownNames.Others)
            {
                var end = other.Type == type ? Scan.MatchPhrase(folded, q, other.Folded) : -1;
                if (end >= 0)
                {
                    var (date, year, dateEnd) = TrailingDate(folded, end);
                    found.Add(new NamedMatch(p, dateEnd ?? end, type, PickVersion(other.Versions, year, documentDate), date));
                    known = true;
                    break;
                }
            }

            // A name the table lacks, capitalised: found, not resolved (a symbol after it joins it).
            if (!known && char.IsUpper(text[p]) && ReadLawName(text, folded, Scan.SkipSpaces(folded, afterHead), capitalRequired: true) is { Law: null, End: > 0 } generic)
            {
                var (date, _, dateEnd) = TrailingDate(folded, generic.End);
                found.Add(new NamedMatch(p, dateEnd ?? generic.End, type, null, date));
            }
        }
    }

    private static void FindConstitution(string folded, List<NamedMatch> found)
    {
        for (var p = folded.IndexOf("hien phap", StringComparison.Ordinal); p >= 0; p = folded.IndexOf("hien phap", p + 9, StringComparison.Ordinal))
        {
            var end = Scan.MatchPhrase(folded, p, "hien phap");
            if (end < 0)
            {
                continue;
            }

            var match = ConstitutionYear().Match(folded, end);
            if (match.Success && match.Index == end)
            {
                found.Add(new NamedMatch(p, match.Index + match.Length, DocumentTypes.HienPhap, null, null));
            }
        }
    }

    [GeneratedRegex(@"(?:\s+nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam)?\s+nam\s+\d{4}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConstitutionYear();

    private static void FindCongressResolutions(string folded, List<NamedMatch> found)
    {
        for (var p = folded.IndexOf("nghi quyet", StringComparison.Ordinal); p >= 0; p = folded.IndexOf("nghi quyet", p + 10, StringComparison.Ordinal))
        {
            if (p > 0 && Scan.IsWordChar(folded[p - 1]))
            {
                continue;
            }

            var match = CongressResolution().Match(folded, p);
            if (match.Success && match.Index == p)
            {
                found.Add(new NamedMatch(p, match.Index + match.Length, DocumentTypes.NghiQuyet, null, null));
            }
        }
    }

    /// <summary>"nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết Đại hội XIII" (folded).</summary>
    [GeneratedRegex("""
        \Gnghi\s+quyet\s+dai\s+hoi
        (?:\s+dai\s+bieu)?
        (?:\s+(?:toan\s+quoc|dang\s+bo(?:\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|khoi))?))?
        (?:\s+lan\s+thu)?
        \s+[ivxlc]+\b
        (?:\s+cua\s+dang)?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CongressResolution();

    /// <summary>" năm 2022" or " ngày 19 tháng 6 năm 2015" after a name: the date (if a day is given) and the year.</summary>
    private static (DateOnly? Date, int? Year, int? End) TrailingDate(string folded, int end)
    {
        var p = Scan.SkipSpacesAnd(folded, end, ',');
        if (VietnameseDates.TryReadAfterNgay(folded, p, out var date, out var dateEnd))
        {
            return (date, date.Year, dateEnd);
        }

        var nam = Scan.MatchPhrase(folded, p, "nam");
        if (nam >= 0)
        {
            var q = Scan.SkipSpaces(folded, nam);
            var start = q;
            if (Scan.TryReadNumber(folded, ref q, 4, out var year) && q - start == 4 && year is >= 1945 and <= 2100)
            {
                return (null, year, q);
            }
        }

        return (null, null, null);
    }

    /// <summary>The version a mention means: the one of the year given, else the latest passed by the document's date, else the only one.</summary>
    private static string? PickVersion(NamedVersion[] versions, int? year, DateOnly? documentDate)
    {
        if (year is not null)
        {
            return versions.FirstOrDefault(v => v.Passed.Year == year)?.Symbol;
        }

        if (versions.Length == 1)
        {
            return versions[0].Symbol;
        }

        return documentDate is null ? null : versions.LastOrDefault(v => v.Passed <= documentDate)?.Symbol;
    }
}
