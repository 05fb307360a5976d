using DanVan.Citations;
using DanVan.Resolution;

namespace DanVan.Checking;

/// <summary>
/// Whether a draft names the right issuer, compared as bodies, not as strings: the registry's "Bộ
/// Chính trị (khóa X), TBT Nông Đức Mạnh ký" is the draft's "Bộ Chính trị"; "Thủ tướng" is "Thủ
/// tướng Chính phủ"; "Ban Bí thư" is not "Bộ Chính trị".
/// </summary>
internal static class IssuerComparison
{
    /// <summary>
    /// The finding for <paramref name="written"/>, or null. Only bodies the type table knows are
    /// compared (a province's bodies are written in too many ways to judge). The registry decides
    /// when its issuer is certain; otherwise the symbol's one issuer code does ("16/CT-TTg của Chính phủ").
    /// </summary>
    public static CheckFinding? Check(string written, RegistryEntry? entry, DocumentSymbol? symbol)
    {
        var said = DocumentTypes.IssuingBodyOf(written);
        if (said is null)
        {
            return null;
        }

        if (entry?.Issuer is { } recorded && IsCertain(recorded))
        {
            var registered = DocumentTypes.IssuingBodyOf(recorded);
            return registered is null || ReferenceEquals(registered, said)
                ? null
                : new CheckFinding(CheckVerdict.IssuerDiffers, registered.Name, recorded) { Confidence = entry.Confidence };
        }

        if (symbol is { Issuers: [var code] })
        {
            var bodies = DocumentTypes.IssuingBodiesOfCode(code);
            if (bodies.Count > 0 && !bodies.Contains(said))
            {
                return new CheckFinding(CheckVerdict.IssuerDiffers, string.Join(", ", bodies.Select(b => b.Name)), $"code {code}");
            }
        }

        return null;
    }

    /// <summary>"Bộ Chính trị (khóa X)? — sources conflict (one thesis says Ban Bí thư khóa X)": the registry is not sure.</summary>
    private static bool IsCertain(string recorded) =>
        !recorded.Contains('?') && !recorded.Contains("conflict", StringComparison.OrdinalIgnoreCase);
}
