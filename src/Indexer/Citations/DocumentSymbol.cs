using System.Text;
using DanVan.Text;

namespace DanVan.Citations;

/// <summary>The three numbering schemes of DESIGN.md.</summary>
public enum SymbolScheme
{
    /// <summary>Legal normative documents: number/year/TYPE-ISSUER, "04/2015/NĐ-CP", "88/2019/QH14".</summary>
    LegalNormative,

    /// <summary>State administrative documents: number/TYPE-ISSUER, "16/CT-TTg"; công văn number/ISSUER-UNIT, "575/UBND-NC".</summary>
    Administrative,

    /// <summary>Party documents: number-TYPE/ISSUER, "114-KL/TW", "348-CTr/BDVTU-UBND".</summary>
    Party,
}

/// <summary>
/// A document symbol ("số, ký hiệu") read from text: "290-QĐ/TW" is number 290, type code QĐ, issuer TW,
/// Party scheme. <see cref="Text"/> is the symbol as written, spaces removed, code case and lost
/// hyphens restored ("101/QĐ-TTG" → "101/QĐ-TTg", "1961/QĐUBND" → "1961/QĐ-UBND");
/// <see cref="Official"/> also fixes the layout of malformed ones ("30/CT-TƯ" → "30-CT/TW").
/// </summary>
public sealed record DocumentSymbol(
    string Text,
    string Number,
    int? Year,
    string? TypeCode,
    IReadOnlyList<string> Issuers,
    SymbolScheme Scheme,
    string Official)
{
    /// <summary>The type the symbol's code names, or Công văn for a symbol without type code.</summary>
    public string? CodeType => (TypeCode, Scheme) switch
    {
        (not null, _) => DocumentTypes.TypeOfCode(TypeCode, Scheme),
        (null, SymbolScheme.Administrative) => DocumentTypes.CongVan,
        // Quốc hội symbols carry no type code: "88/2019/QH14" may be a Luật or a Nghị quyết (the text says which).
        (null, SymbolScheme.LegalNormative) when Issuers.Count > 0 && Issuers[0].StartsWith("UBTVQH", StringComparison.Ordinal) => DocumentTypes.NghiQuyet,
        (null, SymbolScheme.LegalNormative) when Issuers.Count > 0 && Issuers[0].StartsWith("QH", StringComparison.Ordinal) => DocumentTypes.Luat,
        _ => null,
    };

    /// <summary>True when the symbol as written differs from its official layout ("30/CT-TƯ").</summary>
    public bool IsMalformed => !string.Equals(Text, Official, StringComparison.Ordinal);

    /// <summary>
    /// Reads a symbol as a user types it, in any case ("16/ct-ttg"): as written first, then in capitals;
    /// null when the whole string is not a symbol.
    /// </summary>
    public static DocumentSymbol? TryParseAnyCase(string value) => TryParse(value) ?? TryParse(value.ToUpperInvariant());

    /// <summary>
    /// Reads a symbol from a string ("16/CT-TTg", "290- QĐ/TW", "qd 290" is not one); null when the
    /// whole string is not a symbol.
    /// </summary>
    public static DocumentSymbol? TryParse(string value)
    {
        var normalized = TextNormalizer.Normalize(value.Trim()).Text;
        if (normalized.Length == 0 || !char.IsAsciiDigit(normalized[0]))
        {
            return null;
        }

        var match = SymbolShape.Match(normalized, 0, tolerant: false);
        return match is not null && match.End == normalized.Length ? FromMatch(normalized, match) : null;
    }

    internal static DocumentSymbol FromMatch(ReadOnlySpan<char> text, SymbolMatch match)
    {
        var number = text[match.Start..match.NumberEnd].ToString();
        int? year = null;
        var parts = new List<(char Separator, string Code)>();
        foreach (var segment in match.Segments)
        {
            var value = text[segment.Start..segment.End].ToString();
            if (segment.Kind == SegmentKind.Year)
            {
                year = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                parts.Add((segment.Separator, value));
                continue;
            }

            foreach (var (code, first) in SplitLostHyphen(CanonicalCase(value)))
            {
                parts.Add((first ? segment.Separator : '-', code));
            }
        }

        var text1 = new StringBuilder(number);
        foreach (var (separator, code) in parts)
        {
            text1.Append(separator).Append(code);
        }

        var codes = parts.Where(p => !IsYear(p.Code)).Select(p => p.Code).ToList();
        var firstSeparator = parts[0].Separator;
        var scheme = year is not null ? SymbolScheme.LegalNormative
            : firstSeparator == '-' ? SymbolScheme.Party
            : SymbolScheme.Administrative;

        string? typeCode = null;
        var issuers = codes;
        if (codes.Count > 0 && (DocumentTypes.TypeCodes.ContainsKey(codes[0]) || scheme == SymbolScheme.Party))
        {
            typeCode = codes[0];
            issuers = codes.Skip(1).ToList();
        }
        else if (scheme == SymbolScheme.LegalNormative && codes.Count > 1 && DocumentTypes.TypeCodes.ContainsKey(codes[^1]))
        {
            // "71/CP/1998/NĐ": an old layout with the type code last.
            typeCode = codes[^1];
            issuers = codes.Take(codes.Count - 1).ToList();
        }

        var official = OfficialLayout(number, year, typeCode, issuers, scheme);
        return new DocumentSymbol(text1.ToString(), number, year, typeCode, issuers, scheme, official);
    }

    private static string OfficialLayout(string number, int? year, string? typeCode, List<string> issuers, SymbolScheme scheme)
    {
        var officialIssuers = issuers.Select(i => i == "TƯ" ? "TW" : i).ToList();
        var issuerText = string.Join('-', officialIssuers);
        if (year is not null)
        {
            var body = typeCode is null ? issuerText : issuerText.Length == 0 ? typeCode : $"{typeCode}-{issuerText}";
            return $"{number}/{year}/{body}";
        }

        if (typeCode is null)
        {
            return $"{number}/{issuerText}";
        }

        // A Party issuer makes it a Party symbol whatever the separators written.
        var party = scheme == SymbolScheme.Party || (officialIssuers.Count > 0 && DocumentTypes.PartyIssuers.Contains(officialIssuers[0]));
        if (issuerText.Length == 0)
        {
            return party ? $"{number}-{typeCode}" : $"{number}/{typeCode}";
        }

        return party ? $"{number}-{typeCode}/{issuerText}" : $"{number}/{typeCode}-{issuerText}";
    }

    private static bool IsYear(string code) => code.Length == 4 && char.IsAsciiDigit(code[0]);

    /// <summary>Codes have one spelling: "TTG" → "TTg", "CTR" → "CTr", "QYĐ" → "QyĐ".</summary>
    private static string CanonicalCase(string code)
    {
        foreach (var mixed in MixedCaseCodes)
        {
            if (code.Length == mixed.Length && code.Equals(mixed, StringComparison.OrdinalIgnoreCase))
            {
                return mixed;
            }
        }

        return code;
    }

    private static readonly string[] MixedCaseCodes = ["TTg", "CTr", "TTr", "QyĐ", "CTrPH"];

    private static readonly string[] TypeCodesLongestFirst = [.. DocumentTypes.TypeCodes.Keys.OrderByDescending(k => k.Length)];

    /// <summary>"NĐCP" → "NĐ", "CP" when the text lost a hyphen; known codes stay whole ("QCPH", "BCSĐUBND").</summary>
    private static IEnumerable<(string Code, bool First)> SplitLostHyphen(string code)
    {
        if (DocumentTypes.TypeCodes.ContainsKey(code) || DocumentTypes.IssuerCodes.Contains(code))
        {
            yield return (code, true);
            yield break;
        }

        foreach (var typeCode in TypeCodesLongestFirst)
        {
            if (code.Length > typeCode.Length && code.StartsWith(typeCode, StringComparison.Ordinal)
                && DocumentTypes.IssuerCodes.Contains(code[typeCode.Length..]))
            {
                yield return (typeCode, true);
                yield return (code[typeCode.Length..], false);
                yield break;
            }
        }

        yield return (code, true);
    }
}
