namespace DanVan.Citations;

/// <summary>Reads what a cited document is about: "về tăng cường …", "“Về thực hiện …”", "ban hành Kế hoạch …".</summary>
internal static class SubjectReader
{
    private const int MaxSubjectLength = 320;

    private static readonly char[] SubjectTrim = [' ', ',', ':', '*', '"', '“', '”'];

    /// <summary>Words that start a subject without "về" ("… của Thủ tướng Chính phủ ban hành Kế hoạch …").</summary>
    private static readonly string[] SubjectStarts = ["ve", "ban hanh", "huong dan", "quy dinh", "phe duyet", "sua doi"];

    internal static (string? Subject, int End) ReadSubject(string text, string folded, int p)
    {
        var start = Scan.SkipSpaces(folded, p);
        var quoted = false;
        while (start < folded.Length && folded[start] is '“' or '"' or '*' or '(')
        {
            quoted |= folded[start] is '“' or '"';
            start = Scan.SkipSpaces(folded, start + 1);
        }

        var starts = false;
        foreach (var word in SubjectStarts)
        {
            starts |= Scan.MatchPhrase(folded, start, word) >= 0;
        }

        if (!starts)
        {
            return (null, p);
        }

        var depth = quoted ? 1 : 0;
        var i = start;
        for (; i < folded.Length && i - start < MaxSubjectLength; i++)
        {
            var c = folded[i];
            if (c == '“')
            {
                depth++;
            }
            else if (c == '”' || (c == '"' && depth > 0))
            {
                depth--;
                if (depth < 0 || (depth == 0 && quoted))
                {
                    break;
                }

                if (depth == 0 && Scan.MatchPhrase(folded, Scan.SkipSpacesAnd(folded, i + 1, ','), "cua") >= 0)
                {
                    i++;
                    break; // the quoted subject is over; "của …" names the issuer
                }
            }
            else if (c == '"')
            {
                depth++;
            }
            else if (depth == 0 && (c == ';' || (c == '.' && (i + 1 >= folded.Length || char.IsWhiteSpace(folded[i + 1])))))
            {
                break;
            }
            else if (c == '\n' && Scan.IsListLine(folded, i + 1))
            {
                break;
            }
        }

        var subject = Scan.Collapse(text.AsSpan(start, i - start)).Trim(SubjectTrim);
        return (subject.Length == 0 ? null : subject, i);
    }
}
