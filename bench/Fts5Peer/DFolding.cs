using DanVan.Search;

namespace DanVan.Bench.Fts5;

/// <summary>
/// One đ/d pair of the check: the phrase typed without accents ("dang uy") and as written ("Đảng ủy"),
/// with how many plans each finds in FTS5 and in DanVan (null when no DanVan data folder was given).
/// </summary>
public sealed record DFoldingRow(string Unaccented, string Accented, bool NeedsDFolding, long Fts5Unaccented, long Fts5Accented,
    long? DanVanUnaccented, long? DanVanAccented);

/// <summary>
/// The đ/d check: phrases whose unaccented form needs đ → d (U+0111 has no Unicode decomposition, so
/// a tokenizer that strips combining marks keeps "đ"), and "dan chu" / "dân chủ" as a control without đ.
/// Each is searched as a quoted phrase in both engines, so DanVan's province and symbol readings of
/// bare words play no part.
/// </summary>
public static class DFolding
{
    /// <summary>The pairs, from the seeds' own words ("Đảng ủy", "Đồng Nai", "đoàn thể", "địa phương").</summary>
    public static readonly IReadOnlyList<(string Unaccented, string Accented)> Pairs =
    [
        ("dang uy", "Đảng ủy"),
        ("dong nai", "Đồng Nai"),
        ("doan the", "đoàn thể"),
        ("dia phuong", "địa phương"),
        ("dan chu", "dân chủ"),
    ];

    /// <summary>Counts every pair in FTS5 and, when given, in DanVan's search index.</summary>
    public static List<DFoldingRow> Check(Fts5Index fts5, ISearchIndex? danvan) =>
        [.. Pairs.Select(p => new DFoldingRow(p.Unaccented, p.Accented, p.Accented.Contains('đ', StringComparison.OrdinalIgnoreCase),
            fts5.Count(Fts5Query.From(Quoted(p.Unaccented))!), fts5.Count(Fts5Query.From(Quoted(p.Accented))!),
            danvan?.Search(new SearchRequest(Quoted(p.Unaccented))).Total, danvan?.Search(new SearchRequest(Quoted(p.Accented))).Total))];

    /// <summary>
    /// The tokenizer alone, on one in-memory row "Đảng ủy tỉnh Đồng Nai": how many rows "dang uy" and
    /// "đang uy" find (0 and 1 when đ is not folded).
    /// </summary>
    public static (long Unaccented, long WithD) Probe()
    {
        using var probe = Fts5Index.InMemory(["Đảng ủy tỉnh Đồng Nai"]);
        return (probe.Count("\"dang uy\""), probe.Count("\"đang uy\""));
    }

    private static string Quoted(string text) => "\"" + text + "\"";
}
