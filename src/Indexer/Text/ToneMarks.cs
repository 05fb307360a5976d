namespace DanVan.Text;

/// <summary>
/// Puts the tone mark of a syllable on one agreed vowel so that spelling variants compare equal:
/// "Uỷ" and "Ủy", "hoà" and "hòa", "khoẻ" and "khỏe" all become the second form (the traditional
/// placement, the one most plans use). Length never changes, so offsets stay valid.
/// </summary>
internal static class ToneMarks
{
    /// <summary>Rewrites one syllable (a run of letters) in place.</summary>
    public static void Canonicalize(Span<char> syllable)
    {
        var clusterStart = -1;
        var clusterEnd = -1;
        for (var i = 0; i < syllable.Length; i++)
        {
            if (!VietnameseLetters.IsVowel(syllable[i]))
            {
                if (clusterStart >= 0)
                {
                    clusterEnd = i;
                    break;
                }

                continue;
            }

            if (clusterStart < 0)
            {
                clusterStart = i;
            }
        }

        if (clusterStart < 0)
        {
            return;
        }

        if (clusterEnd < 0)
        {
            clusterEnd = syllable.Length;
        }

        // A second vowel run ("hoàng" has one; "videoclip" has two) means this is not one Vietnamese syllable.
        for (var i = clusterEnd; i < syllable.Length; i++)
        {
            if (VietnameseLetters.IsVowel(syllable[i]))
            {
                return;
            }
        }

        var tone = 0;
        var toned = 0;
        for (var i = clusterStart; i < clusterEnd; i++)
        {
            var t = VietnameseLetters.ToneOf(syllable[i]);
            if (t != 0)
            {
                tone = t;
                toned++;
            }
        }

        // No tone, or several (scrambled text such as "qụỵết"): nothing sensible to move.
        if (toned != 1)
        {
            return;
        }

        // "qu" and "gi" are consonants: the u of "quý" and the i of "giữ" never carry the tone.
        if (clusterStart > 0 && clusterEnd - clusterStart > 1)
        {
            var before = VietnameseLetters.Fold(syllable[clusterStart - 1]);
            var first = VietnameseLetters.Fold(syllable[clusterStart]);
            if ((before == 'q' && first == 'u') || (before == 'g' && first == 'i'))
            {
                clusterStart++;
            }
        }

        var target = TargetVowel(syllable, clusterStart, clusterEnd, hasFinal: clusterEnd < syllable.Length);
        for (var i = clusterStart; i < clusterEnd; i++)
        {
            syllable[i] = VietnameseLetters.WithTone(syllable[i], i == target ? tone : 0);
        }

        if (clusterStart > 0 && VietnameseLetters.IsVowel(syllable[clusterStart - 1]))
        {
            syllable[clusterStart - 1] = VietnameseLetters.WithTone(syllable[clusterStart - 1], 0);
        }
    }

    private static int TargetVowel(ReadOnlySpan<char> s, int start, int end, bool hasFinal)
    {
        // A vowel with a quality mark takes the tone; in "ươ" the second one does.
        for (var i = end - 1; i >= start; i--)
        {
            if (VietnameseLetters.HasQualityMark(s[i]))
            {
                return i;
            }
        }

        return (end - start) switch
        {
            1 => start,
            _ when hasFinal => end - 1,   // hoàn, toán, huỳnh
            3 => start + 1,               // ngoài, xoáy
            _ => start,                   // hòa, thủy, khỏe, mía, múa
        };
    }
}
