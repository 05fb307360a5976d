namespace DanVan.Citations;

/// <summary>
/// Reads who issued a cited document from the words after "của" or "giữa": "của Thủ tướng Chính phủ
/// về …" → "Thủ tướng Chính phủ"; "giữa Ban Dân vận Tỉnh ủy và Ủy ban nhân dân tỉnh Gia Lai" → both.
/// </summary>
internal static class IssuerReader
{
    private const int MaxIssuerWords = 18;

    /// <summary>
    /// Words that end an issuer ("của Chính phủ <b>về</b> …", "… <b>ban hành</b> …"), with their accents:
    /// "tại" ends an issuer, "Tài" in "Bộ Tài chính" does not. See <see cref="IsIssuerStop"/>.
    /// </summary>
    private static readonly string[] IssuerStops =
    [
        "về", "ban hành", "hướng dẫn", "quy định", "phê duyệt", "sửa đổi", "triển khai", "phối hợp", "công bố", "tại",
        "theo", "nhằm", "đã", "vừa", "ngày", "để", "trên", "trong", "gửi", "việc", "cho", "ký", "thông qua", "được",
        "quyết định", "tiếp tục", "đánh giá", "kết luận", "tổng kết", "sơ kết", "là", "có", "nay", "đến", "với việc",
        "xây dựng", "yêu cầu", "đề nghị", "chỉ đạo", "tổ chức", "thống nhất", "nhấn mạnh", "cho biết",
    ];

    private static readonly string[] IssuerStopsFolded = [.. IssuerStops.Select(Text.Folding.Fold)];

    internal static (string? Issuer, int End) ReadIssuer(string text, string folded, int start)
    {
        // "của tập thể", "của các cơ quan": not a name. Names start with a capital, except in text typed in lower case.
        if (start < text.Length && char.IsLower(text[start]) && !Scan.IsPlainContext(text, start))
        {
            return (null, start);
        }

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
            if (wordStart > p && folded.AsSpan(p, wordStart - p).Contains('\n') && (Scan.IsListLine(folded, wordStart) || IsLabelLine(folded, wordStart)))
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

        // "Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh": a second organisation, a list, not one name.
        foreach (var head in OrganisationHeads)
        {
            if (Scan.MatchPhrase(folded, next, head) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Determiners = ["cac", "nhung", "mot so", "moi"];

    /// <summary>Words that start the name of an organisation or office holder, folded.</summary>
    private static readonly string[] OrganisationHeads =
        ["ban", "bo", "so", "uy ban", "ubnd", "hdnd", "hoi dong", "thu tuong", "chinh phu", "tinh uy", "thanh uy", "huyen uy", "dang uy",
         "van phong", "quoc hoi", "mat tran", "cong an", "toa an", "vien kiem sat", "chu tich", "phong", "cuc", "truong", "trung tam", "ubmttq"];

    /// <summary>"Kính gửi:", "Nơi nhận:": a short label and a colon; or a place-and-date line ("Đức Trọng, ngày …").</summary>
    private static bool IsLabelLine(string folded, int p)
    {
        var lineEnd = folded.IndexOf('\n', p, Math.Min(60, folded.Length - p));
        if (folded.AsSpan(p, (lineEnd < 0 ? Math.Min(60, folded.Length - p) : lineEnd - p)).Contains(", ngay", StringComparison.Ordinal))
        {
            return true;
        }

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
        var capitals = !lowerInitial && word.Length > 1 && !Scan.HasLowerCase(word);
        var plain = Scan.IsPlainContext(text, p);
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

            // "UBND tỉnh và các văn bản …": "và" before a determiner starts something else.
            if (Determiners.Any(d => Scan.MatchPhrase(folded, next, d) >= 0))
            {
                return true;
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
}
