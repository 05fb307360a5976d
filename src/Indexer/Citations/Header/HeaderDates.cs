using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Citations;

/// <summary>The plan's date: "Gia Lai, ngày 24 tháng 3 năm 2020", or a news page's date line ("23/10/2025 09:00").</summary>
internal static partial class HeaderDates
{
    /// <summary>"Gia Lai, ngày 24 tháng 3 năm 2020"; "Giá Rai, ngày tháng năm 2013" gives the year only.</summary>
    internal static (string? Place, DateOnly? Date, int? Year) PlaceAndDate(string text, string folded, int headerEnd)
    {
        var match = PlaceDateLine().Match(folded, 0, headerEnd);
        if (!match.Success)
        {
            return (null, null, null);
        }

        var place = PlaceBefore(text, match.Index);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (match.Groups["day"].Success && match.Groups["month"].Success
            && VietnameseDates.TryRead(folded, match.Groups["day"].Index, out var d, out _))
        {
            date = d;
        }

        return (place, date, year);
    }

    [GeneratedRegex("""
        ,\s*ngay\s*(?<day>\d{1,2})?[\s.…]*      # ", ngày 24" (the day may be left blank in a draft)
        \s*thang\s*(?<month>\d{1,2})?[\s.…]*    # " tháng 3"
        \s*nam\s+(?<year>\d{4})                  # " năm 2020"
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceDateLine();

    /// <summary>The proper-case words right before the comma: "Số: /QĐ-UBND Giá Rai" → "Giá Rai".</summary>
    private static string? PlaceBefore(string text, int comma)
    {
        var words = new List<string>();
        var p = comma;
        while (words.Count < 6)
        {
            var end = p;
            while (end > 0 && text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            if (start == end)
            {
                break;
            }

            var word = text[start..end];
            var properCase = char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Any(char.IsLower) || word.EndsWith('.'));
            if (!properCase)
            {
                break;
            }

            // "Bà Rịa - Vũng Tàu": a hyphen between proper words belongs to the name.
            var before = start;
            while (before > 0 && text[before - 1] is ' ' or '\t')
            {
                before--;
            }

            if (before > 1 && text[before - 1] == '-' && text[before - 2] == ' ')
            {
                words.Insert(0, word);
                words.Insert(0, "-");
                p = before - 1;
                continue;
            }

            words.Insert(0, word);
            p = start;
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>A news page's date line within its first lines: "23/10/2025 09:00", "(26/05/2022)", "Thứ ba, 18 Tháng 8 2015 16:06".</summary>
    internal static DateOnly? DateLine(string folded)
    {
        var lines = 0;
        var start = 0;
        while (start < folded.Length && lines < 10)
        {
            var end = folded.IndexOf('\n', start);
            end = end < 0 ? folded.Length : end;
            var line = folded[start..end].Trim();
            if (line.Length > 0)
            {
                lines++;
                if (line.Length <= 60)
                {
                    var match = DateLineShape().Match(line);
                    if (match.Success)
                    {
                        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                        if (year is >= 1945 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                        {
                            return new DateOnly(year, month, day);
                        }
                    }
                }
            }

            start = end + 1;
        }

        return null;
    }

    [GeneratedRegex("""
        ^[\W_]*
        (?:(?:thu\s+\w+|chu\s+nhat)\s*,?\s*)?          # Thứ ba, / Chủ Nhật,
        (?:dang\s+ngay\s*:?\s*|ngay\s+)?              # Đăng ngày
        \(?(?<d>\d{1,2})\s*(?:[/.-]|\s+thang)\s*(?<m>\d{1,2})\s*(?:[/.-]|\s+nam|\s)\s*(?<y>\d{4})\)?
        (?:\s*\|?\s*\d{1,2}:\d{2}(?::\d{2})?)?         # 09:00
        [\W_]*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex DateLineShape();
}
