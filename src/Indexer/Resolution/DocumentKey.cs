using DanVan.Citations;

namespace DanVan.Resolution;

/// <summary>
/// The identity of a document: official symbol + year, + province for local issuers, because the
/// symbol alone is not one ("16/CT-TTg" is a 2016 and a 2020 directive; "13/CT-UBND" exists in every
/// province). Written "16/CT-TTg@2016", "13/CT-UBND@2017@Gia Lai"; an unknown year is "?".
/// </summary>
public static class DocumentKey
{
    /// <summary>Issuer codes of central bodies: a symbol with only these is the same document nationwide.</summary>
    private static readonly HashSet<string> CentralIssuers = new(StringComparer.Ordinal)
    {
        "TTg", "CP", "TW", "TƯ", "VPCP", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "NHNN", "UBTWMTTQVN", "MTTQVN", "TLĐ", "CTN",
        "BNV", "BTP", "BTC", "BCA", "BQP", "BYT", "BXD", "BCT", "BKHĐT", "BLĐTBXH", "BGDĐT", "BGD&ĐT", "BTTTT", "BTNMT",
        "BNNPTNT", "BGTVT", "BVHTTDL", "BKHCN", "BNG", "UBDT", "HĐBT", "HĐNN",
    };

    /// <summary>The key for a symbol, a year (null: unknown) and, for local issuers, a province.</summary>
    public static string For(string officialSymbol, int? year, string? province) =>
        province is null ? $"{officialSymbol}@{Year(year)}" : $"{officialSymbol}@{Year(year)}@{province}";

    private static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    /// <summary>True when the symbol's issuers are all central ("16/CT-TTg", "114-KL/TW", "88/2019/QH14", "01/2016/TT-BNV").</summary>
    public static bool IsCentral(DocumentSymbol symbol) =>
        symbol.Issuers.Count > 0 && symbol.Issuers.All(IsCentralCode);

    private static bool IsCentralCode(string code) =>
        CentralIssuers.Contains(code) || code.EndsWith("TW", StringComparison.Ordinal) || code.StartsWith("QH", StringComparison.Ordinal)
        || code.StartsWith("UBTVQH", StringComparison.Ordinal);

    /// <summary>Splits a key into symbol, year (null if "?") and province.</summary>
    public static (string Symbol, int? Year, string? Province) Parse(string key)
    {
        var parts = key.Split('@');
        int? year = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        return (parts[0], year, parts.Length > 2 ? parts[2] : null);
    }
}
