using System.Buffers;
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
    /// <summary>Characters the character pass rewrites or drops; everything else is copied as it is.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\r\u2028\u2029\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00D0\u00F0" +
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D" +
        "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000" +
        string.Concat(Enumerable.Range(0x300, 0x70).Select(c => (char)c)));

    /// <summary>The 120 vowels that carry a tone mark.</summary>
    private static readonly SearchValues<char> TonedVowels = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x2000).Select(c => (char)c).Where(c => VietnameseLetters.ToneOf(c) != 0)));

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
            var next = original.AsSpan(i).IndexOfAny(Special);
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

    /// <summary>Visits only syllables that carry a tone; the others cannot be spelled two ways.</summary>
    private static void CanonicalizeTones(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(TonedVowels);
            if (next < 0)
            {
                return;
            }

            var at = i + next;
            var start = at;
            while (start > 0 && char.IsLetter(text[start - 1]) && at - start < 8)
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && char.IsLetter(text[end]) && end - start < 9)
            {
                end++;
            }

            if (end - start <= 8 && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                ToneMarks.Canonicalize(text[start..end]);
            }

            // Skip the rest of an over-long letter run: it is not one syllable.
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            i = end;
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
