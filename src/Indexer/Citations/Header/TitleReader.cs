using System.Text;
using System.Text.RegularExpressions;
using DanVan.Text;

namespace DanVan.Citations;

/// <summary>The type line ("KẾ HOẠCH", "QUYẾT ĐỊNH") and the title lines after it, up to where the body starts.</summary>
internal static partial class TitleReader
{
    private const int MaxTitleLines = 5;

    /// <summary>Folded document types that stand alone on a header line ("KẾ HOẠCH", "QUYẾT ĐỊNH").</summary>
    private static readonly (string Folded, string Name)[] HeaderTypes =
        [.. DocumentTypes.TypeWords.Where(t => t.Name is not null && !t.Folded.Contains("phoi hop") && !t.Folded.Contains("lien tich")).Select(t => (t.Folded, t.Name!))];

    /// <summary>"KẾ HOẠCH" alone on a line (or followed by the title), and the title lines after it.</summary>
    internal static (string? Type, string? Title) TypeAndTitle(string text, string folded, int headerEnd)
    {
        var lines = HeaderLines.Lines(folded, headerEnd);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var content = Scan.SkipSpaces(folded, HeaderLines.SkipMarkup(folded, start, end));
            if (content >= end)
            {
                continue;
            }

            foreach (var (phrase, name) in HeaderTypes)
            {
                if (phrase[0] != folded[content])
                {
                    continue;
                }

                var typeEnd = Scan.MatchPhrase(folded, content, phrase);
                if (typeEnd < 0 || typeEnd > end || !HeaderLines.IsUpperCase(text, content, typeEnd))
                {
                    continue;
                }

                var rest = HeaderLines.Clean(text[typeEnd..end]);
                if (rest.StartsWith(':') || (rest.Length > 0 && char.IsAsciiDigit(rest[0])) || Folding.Fold(rest).StartsWith("so", StringComparison.Ordinal))
                {
                    break; // "QUYẾT ĐỊNH:" enacts; "KẾT LUẬN 127-KL/TW" is a heading with a symbol
                }

                var title = new StringBuilder(rest);
                for (var j = i + 1; j < lines.Count && j <= i + MaxTitleLines; j++)
                {
                    var (ls, le) = lines[j];
                    var line = HeaderLines.Clean(text[ls..le]);
                    if (line.Length == 0)
                    {
                        if (text.AsSpan(ls, le - ls).Trim('\r').Length > 0 && title.Length > 0)
                        {
                            break; // a line of spaces closes the title block in PDF text
                        }

                        continue;
                    }

                    // A rule ("-----") closes the title block.
                    if (title.Length > 0 && line.All(c => c is '-' or '_' or '=' or '*' or ' '))
                    {
                        break;
                    }

                    // The first line under the type is its title even when it reads "Thực hiện Kết luận số …";
                    // a sentence ending in ":" or "như sau" is the body.
                    var first = title.Length == 0;
                    if (first ? IsBodySentence(folded, ls, le, line) : IsBodyStart(folded, ls, le, line))
                    {
                        break;
                    }

                    title.Append(title.Length > 0 ? " " : "").Append(line);
                }

                var titleText = Scan.Collapse(title.ToString());
                return (name, titleText.Length == 0 ? null : titleText);
            }
        }

        // A công văn has no type line; its subject line "V/v …" is its title.
        foreach (var (start, end) in lines)
        {
            var content = Scan.SkipSpaces(folded, HeaderLines.SkipMarkup(folded, start, end));
            if (content + 3 < end && folded.AsSpan(content).StartsWith("v/v", StringComparison.Ordinal))
            {
                var subject = HeaderLines.Clean(LeftPart(text[(content + 3)..end]));
                return (null, subject.Length == 0 ? null : subject);
            }
        }

        // A news page or a file that starts at its title: the first short line that is not a date.
        if (HeaderLines.HasOfficialHeader(folded, headerEnd))
        {
            return (null, null);
        }

        foreach (var (start, end) in lines)
        {
            var line = HeaderLines.Clean(text[start..end]);
            if (line.Length == 0 || HeaderDates.DateLineShape().IsMatch(folded[start..end].Trim()))
            {
                continue;
            }

            return (null, line.Length <= 200 ? line : null);
        }

        return (null, null);
    }

    /// <summary>The text of a cell before a column break ("V/v triển khai …   | Hà Nội, ngày …").</summary>
    private static string LeftPart(string line)
    {
        var cut = line.IndexOfAny(['|', '\t']);
        return cut >= 0 ? line[..cut] : line;
    }

    private static bool IsBodySentence(string folded, int start, int end, string line)
    {
        var p = Scan.SkipSpaces(folded, HeaderLines.SkipMarkup(folded, start, end));
        return BodyStart().IsMatch(folded.AsSpan(p, Math.Min(60, folded.Length - p))) || line.EndsWith(':')
            || Folding.Fold(line).Contains("nhu sau", StringComparison.Ordinal) || line.Length > 400;
    }

    private static bool IsBodyStart(string folded, int start, int end, string line)
    {
        var p = Scan.SkipSpaces(folded, HeaderLines.SkipMarkup(folded, start, end));
        if (BodyStart().IsMatch(folded.AsSpan(p, Math.Min(60, folded.Length - p))))
        {
            return true;
        }

        // Titles in capitals run long and may start "TRIỂN KHAI CHƯƠNG TRÌNH …"; body sentences are not in capitals.
        if (!Scan.HasLowerCase(line))
        {
            return false;
        }

        if (line.Length > 250)
        {
            return true;
        }

        // "Thực hiện Kế hoạch số …", "Triển khai Quyết định …": a sentence about another document.
        foreach (var verb in BodyVerbs)
        {
            var q = Scan.MatchPhrase(folded, p, verb);
            if (q >= 0 && DocumentTypes.TypeWords.Any(t => Scan.MatchPhrase(folded, Scan.SkipSpaces(folded, q), t.Folded) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BodyVerbs = ["thuc hien", "trien khai", "thi hanh", "quan triet"];

    [GeneratedRegex(@"^(?:can cu|theo de nghi|xet de nghi|nham |(?:[ivx]+|\d+)[.)]\s|dieu 1|quyet dinh\s*:|chu tich uy ban|uy ban nhan dan (?:tinh|thanh pho|huyen)|hoi dong nhan dan (?:tinh|thanh pho|huyen|xa)|kinh gui|noi nhan|\(chinhphu)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyStart();
}
