using System.Text;
using DanVan.Citations;
using DanVan.Queries;
using DanVan.Resolution;

namespace DanVan.Checking;

/// <summary>The checks of one reference, each a small rule over its words and the facts known about its document.</summary>
internal static class Findings
{
    /// <summary>
    /// Superseded when the replacement took effect on or before the draft's date (citing it before
    /// was right); the replacement named is the one in force then, following a chain (79/2003/NĐ-CP →
    /// 34/2007/PL-UBTVQH11 → 10/2022/QH15). Repealed or expired whatever the date: no replacement to check.
    /// </summary>
    public static CheckFinding? Status(RegistryEntry entry, Registry registry, DateOnly draftDate)
    {
        if (entry.Status is DocumentStatus.Repealed or DocumentStatus.Expired)
        {
            return new CheckFinding(CheckVerdict.Repealed, null, entry.StatusName) { Confidence = entry.Confidence };
        }

        var replacedOn = registry.ReplacedOn(entry);
        if (entry.Status != DocumentStatus.Superseded || replacedOn > draftDate)
        {
            return null;
        }

        var current = entry.SupersededBy.ToList();
        var via = new List<string>();
        for (var step = 0; step < 16 && current.Count == 1 && registry.Find(current[0]) is { Status: DocumentStatus.Superseded } next
            && registry.ReplacedOn(next) is { } nextOn && nextOn <= draftDate; step++)
        {
            via.Add(current[0]);
            current = [.. next.SupersededBy];
        }

        var effective = FactsOf.Format(replacedOn);
        var detail = (effective is null ? "effective date unknown" : $"effective {effective}") + (via.Count == 0 ? "" : $", via {string.Join(", ", via)}");
        return new CheckFinding(CheckVerdict.Superseded, string.Join(", ", current), detail) { EffectiveFrom = effective, Confidence = entry.Confidence };
    }

    /// <summary>The draft's date against the registry's, when both are given.</summary>
    public static CheckFinding? RegistryDate(DateOnly? written, RegistryEntry entry) =>
        written is { } date && entry.Date is { } registered && date != registered
            ? new CheckFinding(CheckVerdict.DateDiffersFromRegistry, FactsOf.Format(registered), null) { Confidence = entry.Confidence }
            : null;

    /// <summary>The draft's date against a clear majority of the plans citing the document (see <see cref="PlanDates"/>).</summary>
    public static CheckFinding? PlanDate(DateOnly? written, (string Date, int Agreeing, int OutOf)? consensus) =>
        written is { } date && consensus is var (expected, agreeing, outOf) && FactsOf.Format(date) != expected
            ? new CheckFinding(CheckVerdict.DateDiffersFromPlans, expected, $"{agreeing} of {outOf} plans") { Agreeing = agreeing, OutOf = outOf }
            : null;

    /// <summary>A plan of the corpus cited by the draft: its own header's date is the one to write.</summary>
    public static CheckFinding? OwnDate(DateOnly? written, string own) =>
        written is { } date && FactsOf.Format(date) != own ? new CheckFinding(CheckVerdict.DateDiffersFromPlans, own, "the plan's own date") : null;

    /// <summary>
    /// The type word against the registry's type, else against what the symbol's code admits (one
    /// table: <see cref="DocumentTypes.TypesOfCode"/>): "Chỉ thị số 290-QĐ/TW" is wrong, "Quy định số
    /// 124-QĐ/TW" right. Only a written type word is judged ("Văn bản số …" names no type).
    /// </summary>
    public static CheckFinding? TypeWord(Citation citation, RegistryEntry? entry, DocumentSymbol? symbol)
    {
        if (citation.TypeWord is null || DocumentTypes.TypeOfWord(citation.TypeWord) is not { } said)
        {
            return null;
        }

        IReadOnlyList<string> admitted = entry is not null ? [entry.Type] : symbol is null ? [] : DocumentTypes.TypesOfCode(symbol);
        return admitted.Count == 0 || admitted.Contains(said, StringComparer.Ordinal)
            ? null
            : new CheckFinding(CheckVerdict.TypeWordDisagrees, string.Join(", ", admitted), entry is null && symbol?.TypeCode is { } code ? $"code {code}" : null)
            { Confidence = entry?.Confidence };
    }

    /// <summary>
    /// The symbol as typed against its official layout: "290- QĐ/TW", "30/CT-TƯ", "O4/2015/ND-CP",
    /// "101/QĐ-TTG", "34/2007/PL-UBTVQH" (the registry's "…UBTVQH11") are malformed. A line break inside
    /// a symbol is not: editors and PDF exports wrap lines after "/" and "-", and the printed draft
    /// reflows; a space typed inside is. Invisible differences (NFD letters, "Ð" for "Đ") are not either.
    /// </summary>
    public static CheckFinding? Layout(string text, Citation citation, string? official)
    {
        if (citation.SymbolSpan is not { } span || official is null)
        {
            return null;
        }

        var typed = WithoutLineBreaks(text.AsSpan(span.Start, span.Length)).Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ');
        return typed == official ? null : new CheckFinding(CheckVerdict.Malformed, official, null);
    }

    /// <summary>Drops every run of white space that holds a line break: "13/CT-\n\n  UBND" → "13/CT-UBND", "290- QĐ" stays.</summary>
    private static string WithoutLineBreaks(ReadOnlySpan<char> typed)
    {
        var result = new StringBuilder(typed.Length);
        var i = 0;
        while (i < typed.Length)
        {
            if (!char.IsWhiteSpace(typed[i]))
            {
                result.Append(typed[i++]);
                continue;
            }

            var end = i;
            while (end < typed.Length && char.IsWhiteSpace(typed[end]))
            {
                end++;
            }

            var run = typed[i..end];
            if (run.IndexOfAny('\n', '\r') < 0)
            {
                result.Append(run);
            }

            i = end;
        }

        return result.ToString();
    }
}
