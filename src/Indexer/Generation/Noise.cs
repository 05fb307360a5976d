using System.Text;

namespace DanVan.Generation;

/// <summary>
/// Writes a symbol the way real text damages it, at the rates of <see cref="NoiseRates"/>: "13/CT-\n\nUBND",
/// "16 / CT-TTg", "O4/2015/NĐ-CP", "290-QÐ/TW" (U+00D0), "61/2018/ND-CP". At most one kind per citation.
/// </summary>
internal static class SymbolNoise
{
    /// <summary>The written form, the noise kind (or null) and, for OCR damage, the literal symbol gold accepts as an alternative.</summary>
    public static (string Written, string? Kind, string? Alt) Apply(string symbol, Random random, string lineBreak)
    {
        var roll = random.NextDouble();
        if (roll < NoiseRates.SymbolLineBreak)
        {
            var cut = Separator(symbol, random, after: true);
            return cut < 0 ? (symbol, null, null) : (symbol[..cut] + lineBreak + symbol[cut..], "line-break", null);
        }

        roll -= NoiseRates.SymbolLineBreak;
        if (roll < NoiseRates.SymbolSpacing)
        {
            var cut = Separator(symbol, random, after: false);
            var written = random.Next(3) switch
            {
                0 => symbol[..cut] + " " + symbol[cut..],                                     // "614 /KH-UBND"
                1 => symbol[..(cut + 1)] + " " + symbol[(cut + 1)..],                         // "290- QĐ/TW"
                _ => symbol[..cut] + " " + symbol[cut] + " " + symbol[(cut + 1)..],            // "16 / CT-TTg"
            };
            return (written, "spacing", null);
        }

        roll -= NoiseRates.SymbolSpacing;
        return roll < NoiseRates.OcrLookAlike ? Ocr(symbol, random) : (symbol, null, null);
    }

    private static (string, string?, string?) Ocr(string symbol, Random random)
    {
        var number = symbol.IndexOfAny(['/', '-']);
        var zero = symbol.IndexOf('0', 0, number);
        var one = symbol.IndexOf('1', 0, number);
        var digit = zero >= 0 ? zero : one;
        if (number >= 2 && digit >= 0 && random.Next(2) == 0)
        {
            // "O4/2015/NĐ-CP", "l23/KH-UBND": a letter for a digit, with a real digit beside it.
            var written = symbol[..digit] + (symbol[digit] == '0' ? 'O' : 'l') + symbol[(digit + 1)..];
            return (written, "ocr-digit", written);
        }

        var stroke = symbol.IndexOf('Đ', StringComparison.Ordinal);
        if (stroke >= 0)
        {
            // "Ð" (Icelandic eth) for "Đ", or the stroke lost: "ND-CP", "QD/TW".
            var lost = random.Next(2) == 0;
            var written = symbol[..stroke] + (lost ? 'D' : '\u00D0') + symbol[(stroke + 1)..];
            return (written, lost ? "ocr-d" : "ocr-eth", lost ? written : null);
        }

        return (symbol, null, null);
    }

    /// <summary>Index of a random separator ("/" or "-"), or of the character after it when <paramref name="after"/>.</summary>
    private static int Separator(string symbol, Random random, bool after)
    {
        Span<int> at = stackalloc int[8];
        var count = 0;
        for (var i = 1; i < symbol.Length - 1 && count < at.Length; i++)
        {
            if (symbol[i] is '/' or '-')
            {
                at[count++] = after ? i + 1 : i;
            }
        }

        return count == 0 ? -1 : at[random.Next(count)];
    }
}

/// <summary>
/// Noise over a whole file, keeping gold offsets right: old tone placement ("Ủy" → "Uỷ", "hòa" → "hoà"),
/// glyphs lost by a PDF text layer ("hiệu quả" → "hiệu qu "), and NFD encoding (offsets remapped).
/// </summary>
internal static class TextNoise
{
    private static readonly Dictionary<(char, char), (char, char)> OldTone = BuildOldTone();

    /// <summary>Moves the tone mark to the first vowel of open "oa", "oe", "uy" ("hòa" → "hoà"); same length, so offsets hold.</summary>
    public static string OldToneStyle(string text)
    {
        char[]? chars = null;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (OldTone.TryGetValue((text[i], text[i + 1]), out var swapped) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                chars ??= text.ToCharArray();
                (chars[i], chars[i + 1]) = swapped;
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>Every "ả" becomes a space, as seed 000's text layer shows ("Đ ng", "văn b n").</summary>
    public static string DropGlyphs(string text) => text.Replace('ả', ' ');

    /// <summary>The text in NFD and a map from each NFC offset to its NFD offset (length + 1 entries).</summary>
    public static (string Text, int[] Map) ToNfd(string text)
    {
        var builder = new StringBuilder(text.Length + text.Length / 4);
        var map = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = builder.Length;
            var c = text[i];
            if (c < '\u00C0' || char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormD));
            }
        }

        map[text.Length] = builder.Length;
        return (builder.ToString(), map);
    }

    private static Dictionary<(char, char), (char, char)> BuildOldTone()
    {
        var table = new Dictionary<(char, char), (char, char)>();
        foreach (var (first, second) in new[] { ('o', 'a'), ('o', 'e'), ('u', 'y'), ('O', 'A'), ('O', 'E'), ('U', 'Y'), ('O', 'a'), ('O', 'e'), ('U', 'y') })
        {
            foreach (var mark in "\u0300\u0301\u0303\u0309\u0323")
            {
                var marked = (first + mark.ToString()).Normalize(NormalizationForm.FormC)[0];
                var moved = (second + mark.ToString()).Normalize(NormalizationForm.FormC)[0];
                table[(marked, second)] = (first, moved);
            }
        }

        return table;
    }
}
