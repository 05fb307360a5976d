namespace DanVan.Text.Legacy;

/// <summary>
/// Whether a word is spelled like a Vietnamese syllable: initial consonant, vowel nucleus, final,
/// one tone, and a stop final (c, ch, p, t) only with sắc or nặng — "thực", "Nghiệp", "KHUYẾN"
/// pass; "Thùc", "hiÖn", "Vieät", "été", "schön", "vỔ" do not. How the legacy detector tells a
/// well-decoded text from a garbled one.
/// </summary>
internal static class VietnameseSyllable
{
    /// <summary>Initial consonants, longest first so "ngh" wins over "ng".</summary>
    private static readonly string[] Initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    /// <summary>Finals; c, ch, p, t are stops.</summary>
    private static readonly string[] Finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>Vowel nuclei without tone (with their glides: "oai", "ươi", "uyê").</summary>
    private static readonly HashSet<string> Nuclei =
    [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    ];

    /// <summary>The longest syllables have seven letters ("nghiêng", "khuyếch").</summary>
    private const int MaxLength = 7;

    /// <summary>True when <paramref name="word"/> (letters only, NFC) is a well-formed syllable in lower, Title or UPPER case.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength || !HasOneCase(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var initial = InitialOf(lower);
        var rest = lower[initial..];
        var nucleusLength = 0;
        while (nucleusLength < rest.Length && VietnameseLetters.IsVowel(rest[nucleusLength]))
        {
            nucleusLength++;
        }

        // "gì", "gìn": the i of "gi" is the nucleus when no vowel follows it.
        if (nucleusLength == 0 && lower[..initial] is "gi")
        {
            rest = lower[1..];
            nucleusLength = 1;
        }

        if (nucleusLength is 0 or > 3)
        {
            return false;
        }

        var tone = 0;
        Span<char> bare = stackalloc char[nucleusLength];
        for (var i = 0; i < nucleusLength; i++)
        {
            var t = VietnameseLetters.ToneOf(rest[i]);
            if (t != 0 && tone != 0)
            {
                return false;
            }

            tone = t == 0 ? tone : t;
            bare[i] = VietnameseLetters.WithTone(rest[i], 0);
        }

        var final = rest[nucleusLength..];
        if (!Nuclei.Contains(new string(bare)) || !IsFinal(final))
        {
            return false;
        }

        // A stop final takes only sắc (2) or nặng (5): "Việt", "tốt", never "tèt".
        var stop = final is "c" or "ch" or "p" or "t";
        return !stop || tone is 2 or 5;
    }

    private static bool HasOneCase(ReadOnlySpan<char> word)
    {
        var upperAfterFirst = 0;
        var lowerAfterFirst = 0;
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                upperAfterFirst++;
            }
            else if (char.IsLower(c))
            {
                lowerAfterFirst++;
            }
            else
            {
                return false;
            }
        }

        return upperAfterFirst == 0 || (lowerAfterFirst == 0 && char.IsUpper(word[0]));
    }

    private static int InitialOf(ReadOnlySpan<char> lower)
    {
        foreach (var initial in Initials)
        {
            if (lower.StartsWith(initial, StringComparison.Ordinal))
            {
                return initial.Length;
            }
        }

        return 0;
    }

    private static bool IsFinal(ReadOnlySpan<char> final)
    {
        foreach (var f in Finals)
        {
            if (final.SequenceEqual(f))
            {
                return true;
            }
        }

        return false;
    }
}
