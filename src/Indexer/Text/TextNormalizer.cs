using System.Text;

namespace DanVan.Text;

/// <summary>
/// Turns a text as read into the text every stage matches against, keeping a map back to the
/// original offsets. One pass over characters (NFC, "Ð" → "Đ", dash and space variants, invisible
/// characters dropped, one tone placement: "Uỷ ban" → "Ủy ban"), then one over symbols (breaks
/// joined: "290- QĐ/TW" → "290-QĐ/TW", "13/CT-\n\nUBND" → "13/CT-UBND"; OCR look-alikes repaired:
/// "O4 /2015/ND-CP" → "04/2015/NĐ-CP"). Search uses the same step for queries and documents.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="original"/>; never throws, whatever the input.</summary>
    public static NormalizedText Normalize(string original)
    {
        var (buffer, length, map, changedLength) = NormalizeCharacters(original);
        CanonicalizeTones(buffer.AsSpan(0, length));
        return JoinSymbols(original, buffer, length, map, changedLength);
    }

    /// <summary>Normalizes a short string where offsets do not matter (a query, a name in a table).</summary>
    public static string NormalizeForMatching(string value) => Normalize(value).Text;

    private static (char[] Buffer, int Length, int[] Map, bool ChangedLength) NormalizeCharacters(string original)
    {
        var n = original.Length;
        var output = new CharBuilder(n);
        var changed = false;
        for (var i = 0; i < n;)
        {
            var c = original[i];

            // A letter followed by combining marks (NFD text): compose the cluster. (A mark after half a
            // surrogate pair cannot be composed; string.Normalize would throw on it.)
            if (i + 1 < n && IsCombiningMark(original[i + 1]) && !IsCombiningMark(c) && !char.IsSurrogate(c))
            {
                var j = i + 1;
                while (j < n && IsCombiningMark(original[j]))
                {
                    j++;
                }

                var composed = original.Substring(i, j - i).Normalize(NormalizationForm.FormC);
                foreach (var ch in composed)
                {
                    output.Add(MapCharacter(ch), i);
                }

                changed |= composed.Length != j - i;
                i = j;
                continue;
            }

            switch (c)
            {
                case '\r' when i + 1 < n && original[i + 1] == '\n':
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    changed = true;
                    break;
                case var _ when IsCombiningMark(c):
                    changed = true; // a mark with nothing to sit on
                    break;
                case '\r' or '\u2028' or '\u2029':
                    output.Add('\n', i);
                    break;
                default:
                    output.Add(MapCharacter(c), i);
                    break;
            }

            i++;
        }

        return (output.Chars, output.Length, output.Finish(n), changed);
    }

    /// <summary>Output characters and, for each, the original offset it came from.</summary>
    private sealed class CharBuilder(int capacity)
    {
        public char[] Chars { get; private set; } = new char[capacity + 16];

        public int Length { get; private set; }

        private int[] map = new int[capacity + 17];

        public void Add(char c, int from)
        {
            if (Length + 1 >= Chars.Length)
            {
                var chars = Chars;
                Array.Resize(ref chars, chars.Length * 2);
                Chars = chars;
                Array.Resize(ref map, chars.Length + 1);
            }

            Chars[Length] = c;
            map[Length] = from;
            Length++;
        }

        public int[] Finish(int originalLength)
        {
            map[Length] = originalLength;
            return map;
        }
    }

    private static char MapCharacter(char c) => c switch
    {
        '\u00D0' => 'Đ',  // Ð (Icelandic eth) typed for Đ
        '\u00F0' => 'đ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        _ => c,
    };

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static void CanonicalizeTones(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var toned = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                toned |= VietnameseLetters.ToneOf(text[i]) != 0;
                i++;
            }

            if (toned && i - start <= 8)
            {
                ToneMarks.Canonicalize(text[start..i]);
            }
        }
    }

    private static NormalizedText JoinSymbols(string original, char[] buffer, int length, int[] map, bool changedLength)
    {
        var text = buffer.AsSpan(0, length);
        List<TextSpan>? deletions = null;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiDigit(c) || (c is 'O' or 'l' or 'I' && i + 1 < length && char.IsAsciiDigit(text[i + 1])))
                || !SymbolShape.IsTokenStart(text, i))
            {
                continue;
            }

            var match = SymbolShape.Match(text, i, tolerant: true);
            if (match is null)
            {
                while (i + 1 < length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            foreach (var (index, replacement) in SymbolShape.Repairs(text, match))
            {
                text[index] = replacement;
            }

            if (match.Gaps.Length > 0)
            {
                deletions ??= [];
                deletions.AddRange(match.Gaps);
            }

            i = match.End - 1;
        }

        if (deletions is null)
        {
            return new NormalizedText(original, new string(text), changedLength ? map[..(length + 1)] : null);
        }

        var joined = new char[length];
        var joinedMap = new int[length + 1];
        var count = 0;
        var d = 0;
        for (var i = 0; i < length; i++)
        {
            while (d < deletions.Count && deletions[d].End <= i)
            {
                d++;
            }

            if (d < deletions.Count && deletions[d].Start <= i)
            {
                continue;
            }

            joined[count] = text[i];
            joinedMap[count] = map[i];
            count++;
        }

        joinedMap[count] = map[length];
        return new NormalizedText(original, new string(joined, 0, count), joinedMap[..(count + 1)]);
    }
}
