namespace DanVan.Citations;

/// <summary>
/// Small cursor moves over a folded text (see <see cref="Text.Folding"/>), shared by the readers of
/// the Citations stage. Phrases are written with single spaces and match any run of white space, so
/// "kế \n\nhoạch" matches "ke hoach".
/// </summary>
internal static class Scan
{
    /// <summary>True for characters that belong to a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The first non-white-space position at or after <paramref name="p"/>.</summary>
    public static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>The position after the last non-white-space character before <paramref name="p"/>.</summary>
    public static int SkipSpacesBack(string text, int p)
    {
        while (p > 0 && char.IsWhiteSpace(text[p - 1]))
        {
            p--;
        }

        return p;
    }

    /// <summary>Skips white space, then one <paramref name="punctuation"/> character and the white space after it, if there.</summary>
    public static int SkipSpacesAnd(string text, int p, char punctuation)
    {
        p = SkipSpaces(text, p);
        return p < text.Length && text[p] == punctuation ? SkipSpaces(text, p + 1) : p;
    }

    /// <summary>The end of <paramref name="phrase"/> when it starts at <paramref name="p"/> as whole words, else -1.</summary>
    public static int MatchPhrase(string text, int p, string phrase)
    {
        if (p > 0 && p <= text.Length && IsWordChar(text[p - 1]))
        {
            return -1;
        }

        var i = p;
        for (var k = 0; k < phrase.Length; k++)
        {
            var c = phrase[k];
            if (c == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                {
                    return -1;
                }

                i = SkipSpaces(text, i);
                continue;
            }

            if (c == ',')
            {
                i = SkipSpaces(text, i);
                if (i >= text.Length || text[i] != ',')
                {
                    return -1;
                }

                i++;
                continue;
            }

            if (i >= text.Length || text[i] != c)
            {
                return -1;
            }

            i++;
        }

        return i < text.Length && IsWordChar(text[i]) && IsWordChar(phrase[^1]) ? -1 : i;
    }

    /// <summary>Like <see cref="MatchPhrase"/> on unfolded text, accents kept and case ignored: "Về" and "VỀ" match "về", "Vẻ" does not.</summary>
    public static int MatchPhraseIgnoreCase(string text, int p, string phrase)
    {
        if (p > 0 && p <= text.Length && IsWordChar(text[p - 1]))
        {
            return -1;
        }

        var i = p;
        foreach (var c in phrase)
        {
            if (c == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                {
                    return -1;
                }

                i = SkipSpaces(text, i);
                continue;
            }

            if (i >= text.Length || char.ToLowerInvariant(text[i]) != c)
            {
                return -1;
            }

            i++;
        }

        return i < text.Length && IsWordChar(text[i]) ? -1 : i;
    }

    /// <summary>The start of <paramref name="phrase"/> when it ends at <paramref name="end"/> as whole words, else -1.</summary>
    public static int MatchPhraseBack(string text, int end, string phrase)
    {
        if (end < text.Length && end >= 0 && IsWordChar(text[end]))
        {
            return -1;
        }

        var i = end;
        for (var k = phrase.Length - 1; k >= 0; k--)
        {
            var c = phrase[k];
            if (c == ' ')
            {
                if (i <= 0 || !char.IsWhiteSpace(text[i - 1]))
                {
                    return -1;
                }

                i = SkipSpacesBack(text, i);
                continue;
            }

            if (i <= 0 || text[i - 1] != c)
            {
                return -1;
            }

            i--;
        }

        return i > 0 && IsWordChar(text[i - 1]) ? -1 : i;
    }

    /// <summary>The word (letters and digits) starting at <paramref name="p"/>, as a span; empty when none.</summary>
    public static ReadOnlySpan<char> WordAt(string text, int p)
    {
        var end = p;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text.AsSpan(p, end - p);
    }

    /// <summary>Reads 1..<paramref name="maxDigits"/> ASCII digits at <paramref name="p"/>; false when there are none or more.</summary>
    public static bool TryReadNumber(string text, ref int p, int maxDigits, out int value)
    {
        value = 0;
        var start = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            if (p - start >= maxDigits)
            {
                p = start;
                return false;
            }

            value = value * 10 + (text[p] - '0');
            p++;
        }

        return p > start;
    }

    /// <summary>Collapses white space runs to one space and trims: "Ban \n\nDân vận" → "Ban Dân vận".</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static bool IsListLine(string folded, int p)
    {
        var limit = p + 16;
        while (p < folded.Length && p < limit && char.IsWhiteSpace(folded[p]))
        {
            p++;
        }

        if (p >= folded.Length)
        {
            return true;
        }

        if (folded[p] is '-' or '+' or '•' or '*' or '#')
        {
            return true;
        }

        var q = p;
        while (q < folded.Length && (char.IsAsciiDigit(folded[q]) || folded[q] is 'i' or 'v' or 'x'))
        {
            q++;
        }

        return q > p && q < folded.Length && folded[q] is '.' or ')';
    }

    /// <summary>
    /// True when the word at <paramref name="p"/> and the one before it carry no diacritics: text typed
    /// without accents ("cua Thu tuong ve …"), where folded stop words apply. In accented text "tai" is
    /// "tai" (thiên tai), not "tại".
    /// </summary>
    public static bool IsPlainContext(string text, int p)
    {
        var start = p;
        while (start > 0 && !IsWordChar(text[start - 1]))
        {
            start--;
        }

        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        for (var i = start; i < text.Length && (i < p || IsWordChar(text[i])); i++)
        {
            if (text[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when any character is a lower-case letter ("KẾ HOẠCH" has none).</summary>
    public static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
