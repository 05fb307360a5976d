using DanVan.Text;

namespace DanVan.Citations;

/// <summary>The signer's position near the end ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the name under it.</summary>
internal static class SignatureReader
{
    private const int SignatureLength = 2500;

    private static readonly string[] SignerTitles =
    [
        "pho chu tich", "chu tich", "pho giam doc", "giam doc", "pho bi thu", "bi thu", "pho truong ban", "truong ban",
        "chanh van phong", "pho chanh van phong", "truong phong", "pho truong phong", "bo truong", "thu truong", "thu tuong",
        "pho thu tuong", "tong bi thu", "chu nhiem", "hieu truong", "cuc truong", "chi cuc truong", "tong cuc truong",
    ];

    private static readonly string[] SignerPrefixes = ["kt ", "tm ", "tl ", "q ", "t m "];

    /// <summary>The signer's position ("GIÁM ĐỐC") near the end and the name under it ("Đoàn Dụng").</summary>
    internal static (string? Name, string? Title) Signature(string text, string folded)
    {
        var from = Math.Max(0, text.Length - SignatureLength);
        var lines = new List<(int Start, int End)>();
        for (var start = from; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var (start, end) = lines[i];
            var raw = text.AsSpan(start, end - start);
            if (raw.Length > 80 || raw.IsWhiteSpace() || HeaderLines.HasLowerCase(raw))
            {
                continue;
            }

            var line = HeaderLines.Clean(raw.ToString());
            if (line.Length is 0 or > 60)
            {
                continue;
            }

            var foldedLine = Scan.Collapse(Folding.Fold(line).Replace('.', ' ').Replace('/', ' '));
            foreach (var prefix in SignerPrefixes)
            {
                if (foldedLine.StartsWith(prefix, StringComparison.Ordinal))
                {
                    foldedLine = foldedLine[prefix.Length..];
                }
            }

            if (!SignerTitles.Contains(foldedLine, StringComparer.Ordinal))
            {
                continue;
            }

            var title = AgencyReader.SentenceCase(line);
            for (var j = i + 1; j < lines.Count && j <= i + 12; j++)
            {
                var candidate = HeaderLines.Clean(text[lines[j].Start..lines[j].End]);
                if (candidate.StartsWith('-') || candidate.Length > 60)
                {
                    break;
                }

                if (IsPersonName(candidate))
                {
                    return (candidate, title);
                }
            }

            return (null, title);
        }

        return (null, null);
    }

    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]));
    }
}
