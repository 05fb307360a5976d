namespace DanVan.Citations;

/// <summary>Lines of a header and the small tests the header readers share ("is this line in capitals?").</summary>
internal static class HeaderLines
{
    /// <summary>The national motto or a "Số:" line: an official document, whose title is not its first line.</summary>
    internal static bool HasOfficialHeader(string folded, int headerEnd) =>
        MottoStart(folded, headerEnd) >= 0;

    /// <summary>Where "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" starts (PDF text may glue words: "XàHỘI"), or -1.</summary>
    internal static int MottoStart(string folded, int headerEnd)
    {
        var motto = folded.IndexOf("cong hoa xa", 0, headerEnd, StringComparison.Ordinal);
        motto = motto >= 0 ? motto : folded.IndexOf("dang cong san viet nam", 0, headerEnd, StringComparison.Ordinal);
        return motto >= 0 ? motto : folded.IndexOf("doc lap", 0, headerEnd, StringComparison.Ordinal);
    }

    internal static bool IsUpperCase(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static int SkipMarkup(string folded, int start, int end)
    {
        while (start < end && (folded[start] is '*' or '#' or '|' or '_' || char.IsWhiteSpace(folded[start])))
        {
            start++;
        }

        return start;
    }

    internal static string Clean(string line) => Scan.Collapse(line.Replace("**", "", StringComparison.Ordinal).Trim(LineMarkup));

    internal static List<(int Start, int End)> Lines(string text, int limit)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < limit && lines.Count < 60)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 || end > text.Length ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    internal static readonly char[] LineMarkup = [' ', '\t', '|', '*', '#', '_'];
}
