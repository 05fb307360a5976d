namespace DanVan.Text;

/// <summary>
/// The lexical shape of a document symbol ("số, ký hiệu"): a number, then segments joined by "/" or
/// "-", each a four-digit year or an upper-case code. Covers the three schemes of DESIGN.md
/// ("04/2015/NĐ-CP", "16/CT-TTg", "114-KL/TW") and what real text does to them ("290- QĐ/TW",
/// "13/CT-\n\nUBND", "O4 /2015/ND-CP"). Knows shapes only; what a code means is the Citations stage's business.
/// </summary>
internal static class SymbolShape
{
    private const int MaxSegments = 8;
    private const int MaxNumberLength = 6;
    private const int MaxCodeLength = 24;
    private const int MaxGapAfterSeparator = 8;
    private const int MaxGapBeforeSeparator = 3;

    /// <summary>Codes written in mixed case by convention (Thủ tướng, Chương trình, Tờ trình / Thông tri, Quy định).</summary>
    private static readonly string[] MixedCaseCodes = ["TTg", "CTr", "TTr", "QyĐ"];

    /// <summary>True when a symbol may start at <paramref name="index"/>: not inside a word, number or another symbol.</summary>
    public static bool IsTokenStart(ReadOnlySpan<char> text, int index) =>
        index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || text[index - 1] is '/' or '-' or '&' or '.' or '_'
            || (text[index - 1] == ':' && index > 1 && char.IsAsciiDigit(text[index - 2])));

    /// <summary>
    /// Matches a symbol at <paramref name="start"/>. Strict mode (the extractor, on normalized text)
    /// accepts only contiguous symbols; tolerant mode (the normalizer, on raw text) also accepts spaces
    /// around separators, line breaks after one, and OCR look-alikes, and reports them to be repaired.
    /// Returns null for anything that is not a symbol: dates ("16/5/2016"), ranges ("2017 - 2021"),
    /// words. Never allocates on failure.
    /// </summary>
    public static SymbolMatch? Match(ReadOnlySpan<char> text, int start, bool tolerant)
    {
        var n = text.Length;
        var p = start;

        // The number: digits, or in tolerant mode O/l/I standing for 0/1 ("O4" in OCR output).
        var realDigits = 0;
        while (p < n && p - start < MaxNumberLength)
        {
            if (char.IsAsciiDigit(text[p]))
            {
                realDigits++;
            }
            else if (!(tolerant && IsOcrDigit(text[p])))
            {
                break;
            }

            p++;
        }

        if (realDigits == 0 || (p < n && char.IsAsciiDigit(text[p])))
        {
            return null;
        }

        // A lower-case letter right after the number ("30c/NQ-CP") belongs to it.
        if (p + 1 < n && text[p] is >= 'a' and <= 'z' && text[p + 1] is '/' or '-')
        {
            p++;
        }

        if (p < n && char.IsLetter(text[p]))
        {
            return null;
        }

        var numberEnd = p;
        Span<Segment> segments = stackalloc Segment[MaxSegments];
        Span<TextSpan> gaps = stackalloc TextSpan[MaxSegments * 2];
        int segmentCount = 0, gapCount = 0;
        bool hasYear = false, hasCode = false, hasSlash = false;
        var codeCount = 0;

        while (segmentCount < MaxSegments)
        {
            // Spaces may stand before a separator while the symbol is incomplete ("614 /KH-UBND",
            // "100 - KL/TW", "290-QĐ / TW", "1234 /QĐ - UBND"), never a line break, and never after a
            // complete one (a slash and two codes): "1234/QĐ-UBND - UBND tỉnh" ends at "UBND".
            var q = p;
            if (tolerant && !(codeCount >= 2 && hasSlash))
            {
                while (q < n && text[q] is ' ' or '\t' && q - p < MaxGapBeforeSeparator)
                {
                    q++;
                }
            }

            if (q >= n || text[q] is not ('/' or '-'))
            {
                break;
            }

            var separator = text[q];
            var afterSeparator = q + 1;
            var r = afterSeparator;
            if (tolerant)
            {
                while (r < n && char.IsWhiteSpace(text[r]) && r - afterSeparator < MaxGapAfterSeparator)
                {
                    r++;
                }
            }

            if (r >= n)
            {
                break;
            }

            var segmentEnd = ReadSegment(text, r, tolerant, hasYear, out var kind);
            if (segmentEnd < 0)
            {
                break;
            }

            if (q > p)
            {
                gaps[gapCount++] = new TextSpan(p, q);
            }

            if (r > afterSeparator)
            {
                gaps[gapCount++] = new TextSpan(afterSeparator, r);
            }

            segments[segmentCount++] = new Segment(r, segmentEnd, kind, separator);
            hasYear |= kind == SegmentKind.Year;
            hasCode |= kind == SegmentKind.Code;
            codeCount += kind == SegmentKind.Code ? 1 : 0;
            hasSlash |= separator == '/';
            p = segmentEnd;
        }

        // Every scheme has a slash and a code; "2017-2021" and "16/5/2016" have neither.
        if (!hasCode || !hasSlash)
        {
            return null;
        }

        var end = segments[segmentCount - 1].End;
        var needsRepair = tolerant && (HasOcrDigit(text[start..numberEnd]) || NeedsCodeRepair(text, segments[..segmentCount]));
        return new SymbolMatch(start, numberEnd, end, segments[..segmentCount].ToArray(), gaps[..gapCount].ToArray(), needsRepair);
    }

    private static int ReadSegment(ReadOnlySpan<char> text, int start, bool tolerant, bool hasYear, out SegmentKind kind)
    {
        kind = SegmentKind.Code;
        var n = text.Length;
        var c = text[start];
        if (char.IsAsciiDigit(c))
        {
            var p = start;
            while (p < n && (char.IsAsciiDigit(text[p]) || (tolerant && IsOcrDigit(text[p]))) && p - start < 5)
            {
                p++;
            }

            var isYear = p - start == 4 && !hasYear && text[start] is '1' or '2' && (p >= n || !char.IsLetterOrDigit(text[p]));
            kind = SegmentKind.Year;
            return isYear ? p : -1;
        }

        if (!char.IsUpper(c))
        {
            return -1;
        }

        var end = start;
        while (end < n && (char.IsLetterOrDigit(text[end]) || text[end] == '&') && end - start <= MaxCodeLength)
        {
            end++;
        }

        return end - start <= MaxCodeLength && IsCode(text[start..end]) ? end : -1;
    }

    /// <summary>
    /// Codes are capitals, digits and "&amp;" ("UBTVQH11", "BGD&amp;ĐT", "TƯ"), never a toned letter ("CHỈ"
    /// is a word). Lower case appears only as the second letter of an abbreviated initial: "TTg" (Thủ
    /// tướng), "CTr" (Chương trình), "GDTrH" (Giáo dục Trung học), "QyĐ", "QĐi" (Quy định); "Sở" is a word.
    /// </summary>
    private static bool IsCode(ReadOnlySpan<char> code)
    {
        var upper = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (VietnameseLetters.ToneOf(c) != 0)
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c) && !(c is 'r' or 'h' or 'g' or 'y' or 'i' && i > 0 && char.IsUpper(code[i - 1])))
            {
                return false;
            }
        }

        return upper >= 2 || (upper == 1 && code.Length == 1) || IsMixedCaseCode(code);
    }

    private static bool IsMixedCaseCode(ReadOnlySpan<char> code)
    {
        foreach (var known in MixedCaseCodes)
        {
            if (code.Equals(known, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOcrDigit(char c) => c is 'O' or 'o' or 'l' or 'I';

    private static bool HasOcrDigit(ReadOnlySpan<char> text) => text.IndexOfAny("OolI") >= 0;

    /// <summary>Whether <see cref="Repairs"/> has anything to do: an OCR year, "ND"/"QD", or a Quốc hội term with a letter.</summary>
    private static bool NeedsCodeRepair(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments)
    {
        foreach (var segment in segments)
        {
            var code = text[segment.Start..segment.End];
            if ((segment.Kind == SegmentKind.Year && HasOcrDigit(code)) || code.SequenceEqual("ND") || code.SequenceEqual("QD"))
            {
                return true;
            }

            var qh = code.LastIndexOf("QH");
            if (qh >= 0 && HasOcrDigit(code[(qh + 2)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Characters to replace so that an OCR-damaged symbol reads as printed: "O4" → "04", "UBTVQH1O" →
    /// "UBTVQH10", "ND-CP" → "NĐ-CP", "QD" → "QĐ". Only where the reading is unambiguous: D stays D in
    /// codes such as "DA" (Dự án) or "HD" (Hướng dẫn).
    /// </summary>
    public static IEnumerable<(int Index, char Replacement)> Repairs(ReadOnlySpan<char> text, SymbolMatch match)
    {
        var repairs = new List<(int, char)>();
        for (var i = match.Start; i < match.NumberEnd; i++)
        {
            if (IsOcrDigit(text[i]))
            {
                repairs.Add((i, text[i] is 'O' or 'o' ? '0' : '1'));
            }
        }

        for (var s = 0; s < match.Segments.Length; s++)
        {
            var segment = match.Segments[s];
            var code = text[segment.Start..segment.End];
            if (segment.Kind == SegmentKind.Year)
            {
                for (var i = segment.Start; i < segment.End; i++)
                {
                    if (IsOcrDigit(text[i]))
                    {
                        repairs.Add((i, text[i] is 'O' or 'o' ? '0' : '1'));
                    }
                }

                continue;
            }

            var next = s + 1 < match.Segments.Length ? text[match.Segments[s + 1].Start..match.Segments[s + 1].End] : default;
            if (code.SequenceEqual("ND") && next.SequenceEqual("CP"))
            {
                repairs.Add((segment.Start + 1, 'Đ'));
            }
            else if (code.SequenceEqual("QD"))
            {
                repairs.Add((segment.Start + 1, 'Đ'));
            }

            // The term number of Quốc hội codes: "QH1O", "UBTVQH1l".
            var qh = code.LastIndexOf("QH");
            if (qh >= 0 && code.Length - qh - 2 is 1 or 2)
            {
                for (var i = segment.Start + qh + 2; i < segment.End; i++)
                {
                    if (IsOcrDigit(text[i]))
                    {
                        repairs.Add((i, text[i] is 'O' or 'o' ? '0' : '1'));
                    }
                }
            }
        }

        return repairs;
    }
}

/// <summary>What a segment of a symbol is: "2015" in "04/2015/NĐ-CP" is a year, "NĐ" and "CP" are codes.</summary>
internal enum SegmentKind
{
    Year,
    Code,
}

/// <summary>One segment after a separator: its range in the text, kind and the separator before it.</summary>
internal readonly record struct Segment(int Start, int End, SegmentKind Kind, char Separator);

/// <summary>A symbol found in text: the number [Start, NumberEnd), the segments, and whitespace gaps to remove.</summary>
internal sealed record SymbolMatch(int Start, int NumberEnd, int End, Segment[] Segments, TextSpan[] Gaps, bool NeedsRepair = false);
