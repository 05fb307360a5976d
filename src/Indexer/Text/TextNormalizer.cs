using System.Text;

namespace DanVan.Text;

/// <summary>
/// Turns a text as read into the text every stage matches against, keeping a map back to the
/// original offsets. One pass over characters (NFC, "Ð" → "Đ", dash and space variants, invisible
/// characters dropped, one tone placement: "Uỷ ban" → "Ủy ban"), then one over symbols (breaks
/// joined: "290- QĐ/TW" → "290-QĐ/TW", "13/CT-\n\nUBND" → "13/CT-UBND"; OCR look-alikes repaired:
/// "O4 /2015/ND-CP" → "04/2015/NĐ-CP"). Search uses the same step for queries and documents.
/// Each pass jumps between the few characters it must act on with vectorized searches.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Characters the character pass rewrites or drops (one flag per UTF-16 unit); everything else is copied as it is.</summary>
    private static readonly bool[] Special = BuildSpecial();

    private static bool[] BuildSpecial()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in "\r\u2028\u2029\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00D0\u00F0\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u1680\u202F\u205F\u3000")
        {
            table[c] = true;
        }

        for (var c = 0x2000; c <= 0x200A; c++)
        {
            table[c] = true;
        }

        for (var c = 0x300; c <= 0x36F; c++)
        {
            table[c] = true;
        }

        return table;
    }

    private static int IndexOfSpecial(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Special[text[i]])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Normalizes <paramref name="original"/>; never throws, whatever the input.</summary>
    public static NormalizedText Normalize(string original)
    {
        var (buffer, length, map) = NormalizeCharacters(original);
        CanonicalizeTones(buffer.AsSpan(0, length));
        return JoinSymbols(original, buffer, length, map);
    }

    /// <summary>Normalizes a short string where offsets do not matter (a query, a name in a table).</summary>
    public static string NormalizeForMatching(string value) => Normalize(value).Text;

    private static (char[] Buffer, int Length, OffsetMap Map) NormalizeCharacters(string original)
    {
        var n = original.Length;
        var buffer = new char[n + 16];
        var length = 0;
        OffsetMap.Builder? map = null;
        var i = 0;
        while (i < n)
        {
            var next = IndexOfSpecial(original.AsSpan(i));
            var run = next < 0 ? n - i : next;
            if (run > 0)
            {
                // A combining mark right after the run composes with its last letter: keep that letter back.
                var stop = i + run;
                if (stop < n && IsCombiningMark(original[stop]) && !char.IsSurrogate(original[stop - 1]))
                {
                    run--;
                }

                EnsureCapacity(ref buffer, length + run);
                original.AsSpan(i, run).CopyTo(buffer.AsSpan(length));
                length += run;
                i += run;
                if (i >= n)
                {
                    break;
                }
            }

            var c = original[i];
            if (i + 1 < n && IsCombiningMark(original[i + 1]) && !IsCombiningMark(c) && !char.IsSurrogate(c))
            {
                // NFD: a letter and its marks become one character.
                var j = i + 1;
                while (j < n && IsCombiningMark(original[j]))
                {
                    j++;
                }

                var composed = original.Substring(i, j - i).Normalize(NormalizationForm.FormC);
                map ??= new OffsetMap.Builder();
                map.Mark(length, i);
                EnsureCapacity(ref buffer, length + composed.Length);
                foreach (var ch in composed)
                {
                    buffer[length++] = MapCharacter(ch);
                }

                map.Mark(length, j);
                i = j;
                continue;
            }

            if (IsDropped(c, i + 1 < n ? original[i + 1] : '\0'))
            {
                map ??= new OffsetMap.Builder();
                map.Mark(length, i + 1);
                i++;
                continue;
            }

            EnsureCapacity(ref buffer, length + 1);
            buffer[length++] = c is '\r' or '\u2028' or '\u2029' ? '\n' : MapCharacter(c);
            i++;
        }

        return (buffer, length, map?.Build() ?? OffsetMap.Identity);
    }

    private static void EnsureCapacity(ref char[] buffer, int needed)
    {
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }
    }

    /// <summary>Invisible characters, the CR of a CRLF, and combining marks with nothing to sit on.</summary>
    private static bool IsDropped(char c, char next) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (c == '\r' && next == '\n') || IsCombiningMark(c);

    private static char MapCharacter(char c) => c switch
    {
        '\u00D0' => 'Đ',  // Ð (Icelandic eth) typed for Đ
        '\u00F0' => 'đ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        _ => c,
    };

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// Only a tone on a vowel next to another vowel can be placed two ways ("hòa"/"hoà", "Ủy"/"Uỷ");
    /// a lone vowel, or a marked one between unmarked ones ("quyết"), is already where it belongs.
    /// </summary>
    private static void CanonicalizeTones(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00C0' || VietnameseLetters.ToneOf(c) == 0)
            {
                continue;
            }

            var previousVowel = i > 0 && VietnameseLetters.IsVowel(text[i - 1]);
            var nextVowel = i + 1 < text.Length && VietnameseLetters.IsVowel(text[i + 1]);
            if (!previousVowel && !nextVowel)
            {
                continue;
            }

            // A marked vowel with no marked vowel after it carries the tone: "quyết", "người", "được".
            if (VietnameseLetters.HasQualityMark(c) && !(nextVowel && (VietnameseLetters.HasQualityMark(text[i + 1])
                || (i + 2 < text.Length && VietnameseLetters.IsVowel(text[i + 2]) && VietnameseLetters.HasQualityMark(text[i + 2])))))
            {
                continue;
            }

            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1]) && i - start < 8)
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]) && end - start < 9)
            {
                end++;
            }

            if (end - start <= 8 && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                ToneMarks.Canonicalize(text[start..end]);
            }

            i = end - 1;
        }
    }

    /// <summary>Finds symbols broken by spaces or OCR and joins or repairs them; visits only digits.</summary>
    private static NormalizedText JoinSymbols(string original, char[] buffer, int length, OffsetMap map)
    {
        var text = buffer.AsSpan(0, length);
        List<TextSpan>? deletions = null;
        var i = 0;
        while (i < length)
        {
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            var digit = i + next;
            var start = digit > 0 && text[digit - 1] is 'O' or 'l' or 'I' ? digit - 1 : digit;
            if (!SymbolShape.IsTokenStart(text, start))
            {
                start = digit;
            }

            var match = SymbolShape.IsTokenStart(text, start) ? SymbolShape.Match(text, start, tolerant: true) : null;
            if (match is null)
            {
                i = digit + 1;
                while (i < length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (match.NeedsRepair)
            {
                foreach (var (index, replacement) in SymbolShape.Repairs(text, match))
                {
                    text[index] = replacement;
                }
            }

            if (match.Gaps.Length > 0)
            {
                deletions ??= [];
                deletions.AddRange(match.Gaps);
            }

            i = match.End;
        }

        if (deletions is null)
        {
            return new NormalizedText(original, new string(text), map);
        }

        // Drop the gaps and compose the maps: final offset → character-pass offset → original offset.
        var joined = new char[length];
        var count = 0;
        var composed = new OffsetMap.Builder();
        var from = 0;
        foreach (var gap in deletions.Append(new TextSpan(length, length)))
        {
            var kept = gap.Start - from;
            text.Slice(from, kept).CopyTo(joined.AsSpan(count));
            for (var k = 0; k < kept; k++)
            {
                composed.Mark(count + k, map.ToOriginal(from + k));
            }

            count += kept;
            from = gap.End;
        }

        composed.Mark(count, original.Length);
        return new NormalizedText(original, new string(joined, 0, count), composed.Build());
    }
}
