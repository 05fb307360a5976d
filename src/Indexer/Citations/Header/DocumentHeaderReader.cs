using DanVan.Places;
using DanVan.Text;

namespace DanVan.Citations;

/// <summary>The header of a plan, in normalized offsets: its own symbol occupies [SymbolStart, SymbolEnd).</summary>
internal sealed record DocumentHeader(DocumentInfo Info, int SymbolStart, int SymbolEnd, int? Year);

/// <summary>
/// Reads what a plan says about itself. A state plan opens with the agency, "Số: 614 /KH-UBND",
/// "Gia Lai, ngày 24 tháng 3 năm 2020", then "KẾ HOẠCH" and its title; it closes with the signer's
/// position and name. News pages give a date line instead ("23/10/2025 09:00", "Chủ Nhật, 24/9/2023").
/// Each part has its reader in this folder; this one reads the own number and the province and
/// puts them together.
/// </summary>
internal static class DocumentHeaderReader
{
    private const int HeaderLength = 3000;

    public static DocumentHeader Read(string text, string folded)
    {
        var headerEnd = Math.Min(text.Length, HeaderLength);
        var (symbol, pattern, symbolStart, symbolEnd) = OwnSymbol(text, folded, headerEnd);
        var (place, date, year) = HeaderDates.PlaceAndDate(text, folded, headerEnd);
        date ??= HeaderDates.DateLine(folded);
        var (type, title) = TitleReader.TypeAndTitle(text, folded, headerEnd);
        var agency = AgencyReader.HeaderAgency(text, folded, headerEnd);
        var bodyAgency = AgencyReader.BodyAgency(text, folded, headerEnd);
        agency ??= bodyAgency.Agency;
        type ??= bodyAgency.Type ?? symbol?.CodeType ?? PatternType(pattern);
        var province = ProvinceOf(place, agency, text, folded);
        if (agency is not null && province is not null && !Folding.Fold(agency).Contains(Folding.Fold(province), StringComparison.Ordinal))
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

        var (signer, signerTitle) = SignatureReader.Signature(text, folded);
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
        if (line.Length > 0 && !Scan.HasLowerCase(line))
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
}
