using System.Text;

namespace DanVan.Text.Legacy;

/// <summary>
/// Tells, from a bounded sample, whether text is in a legacy Vietnamese encoding: Windows-1258,
/// TCVN3 or VNI bytes, or TCVN3 / VNI already read as Latin-1 into Unicode ("Thùc hiÖn", "Vieät
/// Nam"). Each reading of the sample is scored by how many of its words with a diacritic are
/// well-formed Vietnamese syllables (<see cref="VietnameseSyllable"/>); a reading wins only on
/// many words, never on one character.
/// </summary>
internal static class LegacyDetector
{
    /// <summary>How much of a file the decision looks at; the chosen conversion then runs over all of it.</summary>
    public const int SampleLength = 64 * 1024;

    /// <summary>Fewest well-formed syllables with a diacritic a reading needs ("Chì" is three bytes of nothing).</summary>
    public const int MinSyllables = 8;

    /// <summary>A reading may have at most one foreign-looking word for this many Vietnamese ones (80 % clean).</summary>
    public const int SyllablesPerForeignWord = 4;

    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    /// <summary>Windows-1252 as legacy files are saved; its five unassigned bytes come back as U+0081… (what TCVN3's VN1 reads there).</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Words with a diacritic in a reading: how many are Vietnamese syllables, how many are not.</summary>
    internal readonly record struct Evidence(int Vietnamese, int Foreign)
    {
        /// <summary>A foreign-looking word costs two good ones.</summary>
        public int Net => Vietnamese - (2 * Foreign);

        /// <summary>Enough syllables, and few enough foreign words, to call this reading Vietnamese.</summary>
        public bool IsConvincing => Vietnamese >= MinSyllables && Foreign * SyllablesPerForeignWord <= Vietnamese;
    }

    /// <summary>
    /// The legacy encoding text read as Latin-1 or Windows-1252 is really in, or null. Unicode
    /// Vietnamese (letters such as "ệ", "ư", "đ", or combining tone marks), English, French or German
    /// text is never claimed: a conversion must make the sample convincingly Vietnamese and beat
    /// the text as it is by <see cref="MinSyllables"/>.
    /// </summary>
    public static LegacyEncoding? DetectText(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        if (CountUnicodeVietnamese(sample) >= MinSyllables || !sample.AsSpan().ContainsAnyInRange('\u0080', '\u00FF'))
        {
            return null;
        }

        var asIs = Score(sample);
        LegacyEncoding? best = null;
        var bestNet = asIs.Net + MinSyllables - 1;
        foreach (var encoding in (ReadOnlySpan<LegacyEncoding>)[LegacyEncoding.Tcvn3, LegacyEncoding.Vni])
        {
            var evidence = Score(LegacyVietnamese.ToUnicode(sample, encoding));
            if (evidence.IsConvincing && evidence.Net > bestNet)
            {
                (best, bestNet) = (encoding, evidence.Net);
            }
        }

        return best;
    }

    /// <summary>
    /// Bytes that are not UTF-8, read as Windows-1258, TCVN3 or VNI (saved as Windows-1252),
    /// whichever makes the sample convincingly Vietnamese; null when none does.
    /// </summary>
    public static (string Text, string Encoding)? DetectBytes(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        (string Name, Evidence Evidence)? best = null;
        foreach (var name in (ReadOnlySpan<string>)["windows-1258", "tcvn3", "vni"])
        {
            var evidence = Score(Decode(sample, name));
            if (evidence.IsConvincing && (best is null || evidence.Net > best.Value.Evidence.Net))
            {
                best = (name, evidence);
            }
        }

        return best is { Name: var chosen } ? (Decode(bytes, chosen), chosen) : null;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string encoding) => encoding switch
    {
        // Windows-1258 writes most tones as combining marks after the letter: NFC joins them.
        "windows-1258" => Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC),
        "tcvn3" => LegacyVietnamese.ToUnicode(Windows1252.GetString(bytes), LegacyEncoding.Tcvn3),
        _ => LegacyVietnamese.ToUnicode(Windows1252.GetString(bytes), LegacyEncoding.Vni),
    };

    /// <summary>Counts the words of <paramref name="text"/> that have a non-ASCII character.</summary>
    internal static Evidence Score(ReadOnlySpan<char> text)
    {
        var (vietnamese, foreign) = (0, 0);
        var i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var nonAscii = false;
            for (; i < text.Length && !IsSeparator(text[i]); i++)
            {
                nonAscii |= text[i] >= 0x80;
            }

            if (!nonAscii)
            {
                continue;
            }

            if (VietnameseSyllable.IsWellFormed(text[start..i]))
            {
                vietnamese++;
            }
            else
            {
                foreign++;
            }
        }

        return new Evidence(vietnamese, foreign);
    }

    /// <summary>
    /// Word breaks: white space, ASCII other than letters, general punctuation (“ ” – …) and the
    /// byte order mark. Every other non-ASCII character belongs to a word, so that "c¸c" and
    /// "th\u00ADêng" (TCVN3 read as Latin-1) are one foreign word each, not split clean.
    /// </summary>
    private static bool IsSeparator(char c) =>
        c < 0x80 ? !char.IsAsciiLetter(c) : char.IsWhiteSpace(c) || c is >= '\u2000' and <= '\u206F' or '\uFEFF';

    /// <summary>Letters and marks only Unicode Vietnamese has: ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9, combining tone marks.</summary>
    private static int CountUnicodeVietnamese(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or 'ơ' or 'Ơ' or 'ư' or 'Ư'
                or >= '\u1EA0' and <= '\u1EF9' or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                count++;
            }
        }

        return count;
    }
}
