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


    /// <summary>The signer's position ("GIÁM ĐỐC") near the end and the name under it ("Đoàn Dụng").</summary>
    internal static (string? Name, string? Title) Signature(string text, string folded)
    {
        // Cells of the last lines: a signature block is often a table cell or sits after tabs
        // ("Nơi nhận:\t\t\tKT. GIÁM ĐỐC", "| Nơi nhận: … | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thế Tuấn |").
        var from = Math.Max(0, text.Length - SignatureLength);
        var cells = new List<string>();
        foreach (var line in text[from..].Split('\n'))
        {
            foreach (var cell in line.Split(CellBreaks))
            {
                var clean = HeaderLines.Clean(cell);
                if (clean.Length > 0)
                {
                    cells.Add(clean);
                }
            }
        }

        for (var k = cells.Count - 1; k >= 0; k--)
        {
            var cell = cells[k];
            if (cell.Length > 90)
            {
                continue;
            }

            // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thế Tuấn": position and name in one cell.
            var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitals = 0;
            while (capitals < words.Length && !Scan.HasLowerCase(words[capitals]))
            {
                capitals++;
            }

            var title = TitleOf(words[..capitals]);
            if (title is null)
            {
                continue;
            }

            if (capitals < words.Length)
            {
                var rest = string.Join(' ', words[capitals..]);
                return (IsPersonName(rest) ? rest : null, title);
            }

            for (var j = k + 1; j < cells.Count && j <= k + 12; j++)
            {
                if (cells[j].StartsWith('-') || cells[j].Length > 60)
                {
                    break;
                }

                if (IsPersonName(cells[j]))
                {
                    return (cells[j], title);
                }
            }

            return (null, title);
        }

        return (null, null);
    }

    private static readonly char[] CellBreaks = ['|', '\t'];

    /// <summary>The position a run of capitals ends with ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → "Phó chủ tịch"), or null.</summary>
    private static string? TitleOf(string[] capitals)
    {
        if (capitals.Length == 0)
        {
            return null;
        }

        var folded = capitals.Select(w => Folding.Fold(w).Trim('.', '/', ':')).Where(w => w.Length > 0).ToArray();
        foreach (var title in SignerTitles)
        {
            var titleWords = title.Split(' ');
            if (folded.Length >= titleWords.Length && folded[^titleWords.Length..].SequenceEqual(titleWords)
                && folded[..^titleWords.Length].All(w => w is "kt" or "tm" or "tl" or "q" or "t" or "m" || SignerTitles.Any(t => t.Split(' ').Contains(w)) || w.Length > 0 && IsOfficeWord(w)))
            {
                return AgencyReader.SentenceCase(string.Join(' ', capitals[^titleWords.Length..]));
            }
        }

        return null;
    }

    /// <summary>Words that may stand before the position in the block ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN").</summary>
    private static bool IsOfficeWord(string folded) =>
        folded is "ban" or "thuong" or "vu" or "uy" or "nhan" or "dan" or "hoi" or "dong" or "tinh" or "huyen" or "thanh" or "pho" or "so" or "bo"
            or "dang" or "chi" or "van" or "phong" or "chanh" or "truong";

    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]));
    }
}
