using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Resolution;

namespace DanVan.Generation;

/// <summary>
/// A document plans may cite, with the facts a citation writes: "Chỉ thị số 16/CT-TTg ngày 16/5/2016
/// của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận…". From the registry, or an
/// earlier generated plan ("Kế hoạch số 423/KH-UBND ngày 16/4/2021 của UBND tỉnh Gia Lai").
/// </summary>
/// <param name="Symbol">Official symbol.</param>
/// <param name="Type">Type word ("Quy định" for Quy định 124-QĐ/TW although its code is QĐ).</param>
/// <param name="Date">Date of issue.</param>
/// <param name="Issuers">Ways plans name the issuer ("Bộ Chính trị", "Bộ Chính trị khóa X").</param>
/// <param name="Subject">What it is about, as written after the issuer ("về …"), or null.</param>
/// <param name="Popularity">Relative citation frequency.</param>
/// <param name="ReplacedOn">The day its replacement took effect, when superseded.</param>
internal sealed record CitableDocument(string Symbol, string Type, DateOnly Date, string[] Issuers, string? Subject, double Popularity, DateOnly? ReplacedOn)
{
    /// <summary>Documents cited inside the subject ("về tiếp tục thực hiện Nghị quyết số 25-NQ/TW …"): where, and which.</summary>
    public IReadOnlyList<(int At, CitableDocument Document, DateOnly? Date)> Embedded { get; init; } = [];

    /// <summary>The number a short form keeps: "16" of 16/CT-TTg, "114" of 114-KL/TW, "34" of 34/2007/PL-UBTVQH11.</summary>
    public string Number => Symbol[..Symbol.IndexOfAny(['/', '-'])];
}

/// <summary>The registry's documents as citable documents, with their popularity and the pairs plans cite together.</summary>
internal static partial class CitableDocuments
{
    /// <summary>
    /// Relative popularity of the registry documents in dân vận plans: a few directives nearly every
    /// plan cites, a long tail (weight 1) of the rest. Keys as in documents.json.
    /// </summary>
    private static readonly Dictionary<string, double> Popular = new(StringComparer.Ordinal)
    {
        ["16/CT-TTg@2016"] = 30,
        ["114-KL/TW@2015"] = 22,
        ["290-QĐ/TW@2010"] = 20,
        ["23-QĐ/TW@2021"] = 18,
        ["25-NQ/TW@2013"] = 16,
        ["33/CT-TTg@2021"] = 14,
        ["10/2022/QH15@2022"] = 10,
        ["120-KL/TW@2016"] = 8,
        ["49-CT/TW@2015"] = 8,
        ["34/2007/PL-UBTVQH11@2007"] = 8,
        ["43-KL/TW@2019"] = 6,
        ["04/2015/NĐ-CP@2015"] = 5,
        ["76/NQ-CP@2021"] = 5,
        ["61/2018/NĐ-CP@2018"] = 4,
        ["18-NQ/TW@2017"] = 4,
        ["19-NQ/TW@2017"] = 3,
        ["217-QĐ/TW@2013"] = 3,
        ["218-QĐ/TW@2013"] = 3,
        ["30-CT/TW@1998"] = 3,
        ["59/2023/NĐ-CP@2023"] = 3,
        ["16/CT-TTg@2020"] = 0.5,
    };

    /// <summary>Every dated registry entry, in file order.</summary>
    public static IReadOnlyList<CitableDocument> FromRegistry(Registry registry)
    {
        var documents = registry.Entries.Where(e => e.Date is not null).Select(e => new CitableDocument(
            e.Symbol, e.Type, e.Date!.Value, IssuerPhrases(e.Issuer ?? ""), Subject(e.Title), Popular.GetValueOrDefault(e.Key, 1), registry.ReplacedOn(e))).ToList();
        return [.. documents.Select(d => d with { Embedded = EmbeddedIn(d, documents) })];
    }

    /// <summary>Registry symbols written inside a subject, each with the date written after it ("49-CT/TW ngày 20/10/2015"), the earliest document of that symbol.</summary>
    private static List<(int, CitableDocument, DateOnly?)> EmbeddedIn(CitableDocument document, List<CitableDocument> all)
    {
        var found = new List<(int, CitableDocument, DateOnly?)>();
        if (document.Subject is not { } subject)
        {
            return found;
        }

        foreach (var other in all.Where(o => o.Date < document.Date).GroupBy(o => o.Symbol).Select(g => g.Last()))
        {
            var at = subject.IndexOf(other.Symbol, StringComparison.Ordinal);
            if (at > 0 && !char.IsAsciiDigit(subject[at - 1]))
            {
                var date = WrittenDate().Match(subject, at + other.Symbol.Length);
                found.Add((at, other, date.Success && date.Index == at + other.Symbol.Length
                    ? new DateOnly(int.Parse(date.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups[1].Value, CultureInfo.InvariantCulture))
                    : null));
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    /// <summary>Pairs with the same type, date and issuer, cited as one phrase ("Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị").</summary>
    public static IReadOnlyList<(int First, int Second)> Pairs(IReadOnlyList<CitableDocument> documents)
    {
        var pairs = new List<(int, int)>();
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = i + 1; j < documents.Count; j++)
            {
                var (a, b) = (documents[i], documents[j]);
                if (a.Type == b.Type && a.Date == b.Date && a.Issuers[0] == b.Issuers[0] && a.Symbol != b.Symbol)
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }

    /// <summary>"Bộ Chính trị (khóa X), TBT Nông Đức Mạnh ký" → ["Bộ Chính trị", "Bộ Chính trị khóa X", …].</summary>
    internal static string[] IssuerPhrases(string issuer)
    {
        var cut = issuer.IndexOfAny(['(', ',', '?', '—']);
        var body = (cut < 0 ? issuer : issuer[..cut]).Trim();
        var term = Term().Match(issuer);
        if (term.Success && body.EndsWith(term.Value, StringComparison.Ordinal))
        {
            body = body[..^term.Value.Length].Trim();
        }

        var phrases = new List<string> { body };
        if (term.Success)
        {
            phrases.Add(body + " " + term.Value);
        }

        phrases.AddRange(body switch
        {
            "Ban Bí thư" => ["Ban Bí thư Trung ương Đảng", "Ban Bí thư Trung ương"],
            "Ban Chấp hành Trung ương Đảng" => ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"],
            "Thủ tướng Chính phủ" => ["Thủ tướng Chính phủ"],
            _ => [],
        });
        return [.. phrases];
    }

    /// <summary>"Về tăng cường … (hypothesis)" → "về tăng cường …"; other titles quoted.</summary>
    private static string? Subject(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var clean = Parenthetical().Replace(title, "").Trim();
        return clean.StartsWith("Về ", StringComparison.Ordinal) ? "về " + clean[3..] : "về việc " + char.ToLowerInvariant(clean[0]) + clean[1..];
    }

    /// <summary>" ngày 20/10/2015" right after a symbol.</summary>
    [GeneratedRegex(@"\G,?\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex WrittenDate();

    /// <summary>A Party or Quốc hội term: "khóa XI".</summary>
    [GeneratedRegex(@"khóa\s+[IVXL]+", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Term();

    /// <summary>A parenthetical remark in a registry title.</summary>
    [GeneratedRegex(@"\s*\([^)]*\)", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Parenthetical();
}
