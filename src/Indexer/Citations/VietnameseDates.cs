namespace DanVan.Citations;

/// <summary>
/// Dates as plans write them, read from folded text: "ngày 16/5/2016", "ngày 16 tháng 01 năm 2024",
/// "ngày 12-1-2022", "ngày\n23/11/2018", "ngày 01\ntháng 6 năm 2022".
/// </summary>
internal static class VietnameseDates
{
    private const int MaxGap = 6;

    /// <summary>Reads "ngày" and a date at <paramref name="p"/> (after optional white space).</summary>
    public static bool TryReadAfterNgay(string folded, int p, out DateOnly date, out int end)
    {
        date = default;
        end = p;
        var word = Scan.MatchPhrase(folded, p, "ngay");
        if (word < 0)
        {
            return false;
        }

        return TryRead(folded, Scan.SkipSpaces(folded, word), out date, out end);
    }

    /// <summary>Reads a bare date at <paramref name="p"/>: "16/5/2016", "16.5.2016", "16 tháng 5 năm 2016".</summary>
    public static bool TryRead(string folded, int p, out DateOnly date, out int end)
    {
        date = default;
        end = p;
        if (p > 0 && char.IsAsciiDigit(folded[p - 1]))
        {
            return false;
        }

        var i = p;
        if (!Scan.TryReadNumber(folded, ref i, 2, out var day))
        {
            return false;
        }

        int month, year;
        var afterDay = SkipGap(folded, i);
        if (afterDay < folded.Length && folded[afterDay] is '/' or '-' or '.')
        {
            var separator = folded[afterDay];
            i = SkipGap(folded, afterDay + 1);
            if (!Scan.TryReadNumber(folded, ref i, 2, out month))
            {
                return false;
            }

            i = SkipGap(folded, i);
            if (i >= folded.Length || folded[i] != separator)
            {
                return false;
            }

            i = SkipGap(folded, i + 1);
            if (!Scan.TryReadNumber(folded, ref i, 4, out year) || year < 1000)
            {
                return false;
            }
        }
        else
        {
            i = Scan.MatchPhrase(folded, afterDay, "thang");
            if (i < 0)
            {
                return false;
            }

            i = Scan.SkipSpaces(folded, i);
            if (!Scan.TryReadNumber(folded, ref i, 2, out month))
            {
                return false;
            }

            var nam = Scan.MatchPhrase(folded, Scan.SkipSpaces(folded, i), "nam");
            if (nam < 0)
            {
                return false;
            }

            i = Scan.SkipSpaces(folded, nam);
            if (!Scan.TryReadNumber(folded, ref i, 4, out year) || year < 1000)
            {
                return false;
            }
        }

        if ((i < folded.Length && char.IsAsciiDigit(folded[i])) || year is < 1900 or > 2100 || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        end = i;
        return true;
    }

    private static int SkipGap(string text, int p)
    {
        var start = p;
        while (p < text.Length && char.IsWhiteSpace(text[p]) && p - start < MaxGap)
        {
            p++;
        }

        return p;
    }
}
