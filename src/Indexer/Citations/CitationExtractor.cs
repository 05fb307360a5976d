using DanVan.Text;

namespace DanVan.Citations;

/// <summary>
/// Finds every reference a plan makes to another document, as a reader who knows these documents
/// would: "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ…" gives one citation
/// of type Chỉ thị, symbol 16/CT-TTg, dated 2016-05-16, issued by the Thủ tướng Chính phủ. Works on
/// any string: never throws, runs in linear time, spans never overlap.
/// </summary>
public static class CitationExtractor
{
    private const int MaxShortFormNumber = 5;

    /// <summary>Extracts the document's own metadata and its citations from the text as read.</summary>
    public static ExtractionResult Extract(string text) => Extract(TextNormalizer.Normalize(text));

    /// <summary>Extracts from an already normalized text (the search index normalizes once for both).</summary>
    public static ExtractionResult Extract(NormalizedText normalized)
    {
        var text = normalized.Text;
        var folded = Folding.Fold(text);
        var header = DocumentHeaderReader.Read(text, folded);

        var full = new List<Reference>();
        var candidates = new List<ShortFormCandidate>();
        ScanNumbers(text, folded, full, candidates);
        full = Coordination.Apply(folded, full);
        full.RemoveAll(r => IsOwnSymbol(r, header));

        var references = new List<Reference>(full);
        references.AddRange(ShortForms.Resolve(candidates, full));
        references.AddRange(NamedReferences.Find(text, folded, header.Info.Date).Select(ToReference));
        var citations = WithoutOverlaps(AttachNamesToSymbols(references, folded))
            .Select(r => ToCitation(r, normalized))
            .ToList();

        var lowerBound = header.Info.Date is null ? LatestDate(citations, header.Year) : null;
        return new ExtractionResult(header.Info with { DateLowerBound = lowerBound }, citations);
    }

    private static void ScanNumbers(string text, string folded, List<Reference> full, List<ShortFormCandidate> candidates)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return;
            }

            i += next;
            if (!SymbolShape.IsTokenStart(text, i))
            {
                i = SkipDigits(text, i);
                continue;
            }

            var match = SymbolShape.Match(text, i, tolerant: false);
            if (match is not null)
            {
                if (ReadFull(text, folded, match) is { } reference)
                {
                    full.Add(reference);
                }

                i = match.End;
                continue;
            }

            var end = SkipDigits(text, i);
            if (OldStyleSymbol(text, folded, i, end) is { } oldStyle)
            {
                full.Add(oldStyle);
                i = oldStyle.End;
                continue;
            }

            if (end - i <= MaxShortFormNumber && IsStandaloneNumber(text, end)
                && ReferenceContext.TypeWordBefore(text, folded, i) is { Name: { } type } typeWord
                && !DocumentTypes.Abbreviations.ContainsKey(typeWord.Written))
            {
                var hasSo = Scan.MatchPhraseBack(folded, Scan.SkipSpacesBack(folded, i), "so") >= 0;
                candidates.Add(new ShortFormCandidate(typeWord.Start, end, type, text[i..end], hasSo, ReferenceContext.After(text, folded, end)));
            }

            i = end;
        }
    }

    /// <summary>
    /// Symbols from before 1998 had no slash: "Nghị định số 64-CP ngày 27/9/1993", "Quyết định số
    /// 21-TTg". Accepted only after a type word and "số", with an issuer code after the hyphen.
    /// </summary>
    private static Reference? OldStyleSymbol(string text, string folded, int start, int numberEnd)
    {
        if (numberEnd + 1 >= text.Length || text[numberEnd] != '-' || !char.IsUpper(text[numberEnd + 1]))
        {
            return null;
        }

        var codeEnd = numberEnd + 1;
        while (codeEnd < text.Length && char.IsLetter(text[codeEnd]))
        {
            codeEnd++;
        }

        var code = text[(numberEnd + 1)..codeEnd];
        if (!DocumentTypes.IssuerCodes.Contains(code) || (codeEnd < text.Length && (char.IsDigit(text[codeEnd]) || text[codeEnd] is '/' or '-'))
            || Scan.MatchPhraseBack(folded, Scan.SkipSpacesBack(folded, start), "so") < 0
            || ReferenceContext.TypeWordBefore(text, folded, start) is not { Name: not null })
        {
            return null;
        }

        var match = new SymbolMatch(start, numberEnd, codeEnd, [new Segment(numberEnd + 1, codeEnd, SegmentKind.Code, '-')], []);
        return ReadFull(text, folded, match);
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A number that is not part of a date, range, decimal or word: "Pháp lệnh số 34 của".</summary>
    private static bool IsStandaloneNumber(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var c = text[end];
        if (char.IsLetter(c))
        {
            return false;
        }

        return !(c is '/' or '-' or ',' or '.' or ':' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
    }

    /// <summary>
    /// Words before a bare number/code that make it something else: "mẫu số 01/BC" is a form, "lớp
    /// 12/A1" a class, "phòng 203/B" a room, "QCVN 06:2022/BXD" a technical standard.
    /// </summary>
    private static readonly string[] NotDocumentWords =
        ["mau", "bieu mau", "mau so", "phu luc", "phu bieu", "bieu", "lop", "phong", "nha", "to", "khu", "ap", "thon", "duong", "hem", "ngo", "kiet",
         "qcvn", "tcvn", "iso", "ma", "ma so", "ky hieu", "so hieu", "bang", "hinh", "so nha", "tai khoan", "cmnd", "cccd", "bien so"];

    private static Reference? ReadFull(string text, string folded, SymbolMatch match)
    {
        var symbol = DocumentSymbol.FromMatch(text, match);
        var typeWord = ReferenceContext.TypeWordBefore(text, folded, match.Start) ?? ReferenceContext.NamedTypeBefore(text, folded, match.Start, symbol);
        if (typeWord is null && !LooksLikeABareSymbol(folded, match, symbol))
        {
            return null;
        }

        var type = typeWord?.Name ?? symbol.CodeType ?? "Văn bản";
        var start = typeWord?.Start ?? match.Start;
        var after = ReferenceContext.After(text, folded, match.End);
        var (date, issuer) = (after.Date, after.Issuer);
        var dateWritten = date is not null;
        if (date is null)
        {
            (date, var issuerBefore) = ReferenceContext.Before(text, folded, start);
            issuer ??= issuerBefore;
        }

        return new Reference(start, match.End, after.End, type, typeWord?.Written, symbol, date, issuer, after.Subject,
            CitationForm.Full, Resolved: symbol.Official, DateWritten: dateWritten, IssuerWritten: after.Issuer is not null, SymbolStart: match.Start);
    }

    /// <summary>
    /// Without a type word a symbol must carry enough structure to be one: two codes ("16/CT-TTg",
    /// "575/UBND-NC") or a year ("88/2019/QH14"), and no word before it that names a form or a place.
    /// </summary>
    private static bool LooksLikeABareSymbol(string folded, SymbolMatch match, DocumentSymbol symbol)
    {
        if (symbol.Year is null && symbol.Issuers.Count + (symbol.TypeCode is null ? 0 : 1) < 2)
        {
            return false;
        }

        // "03/PL-KH": PL without a year is a Phụ lục (appendix), not a Pháp lệnh.
        if (symbol.Year is null && (symbol.TypeCode ?? symbol.Issuers.FirstOrDefault()) == "PL")
        {
            return false;
        }

        var before = Scan.SkipSpacesBack(folded, match.Start);
        var so = Scan.MatchPhraseBack(folded, before, "so");
        before = so >= 0 ? Scan.SkipSpacesBack(folded, so) : before;
        before = before > 0 && folded[before - 1] == ':' ? Scan.SkipSpacesBack(folded, before - 1) : before;
        foreach (var word in NotDocumentWords)
        {
            if (Scan.MatchPhraseBack(folded, before, word) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOwnSymbol(Reference reference, DocumentHeader header)
    {
        if (reference.Start < header.SymbolEnd && header.SymbolStart < reference.End)
        {
            return true;
        }

        var own = header.Info.Symbol;
        return own is not null && reference.Symbol is not null
            && string.Equals(reference.Symbol.Text, own, StringComparison.OrdinalIgnoreCase)
            && (reference.Date is null || header.Info.Date is null || reference.Date == header.Info.Date);
    }

    private static Reference ToReference(NamedMatch named) =>
        new(named.Start, named.End, named.End, named.Type, null, null, named.Date, null, null, CitationForm.Named,
            Resolved: named.ResolvedSymbol, DateWritten: named.Date is not null);

    /// <summary>"Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15" is one reference: the name joins the symbol's span.</summary>
    private static List<Reference> AttachNamesToSymbols(List<Reference> references, string folded)
    {
        var fullByStart = new Dictionary<int, Reference>();
        foreach (var reference in references.Where(r => r.Form == CitationForm.Full))
        {
            fullByStart.TryAdd(reference.Start, reference);
        }

        var result = new List<Reference>(references.Count);
        var replaced = new Dictionary<int, Reference>();
        foreach (var named in references.Where(r => r.Form == CitationForm.Named))
        {
            var p = Scan.SkipSpaces(folded, named.End);
            var so = Scan.MatchPhrase(folded, p, "so");
            p = so >= 0 ? Scan.SkipSpaces(folded, so) : p;
            if (fullByStart.TryGetValue(p, out var symbolic) && symbolic.TypeWord is null)
            {
                replaced[symbolic.Start] = symbolic with { Start = named.Start, Type = named.Type, Resolved = symbolic.Resolved };
            }
            else
            {
                result.Add(named);
            }
        }

        foreach (var reference in references.Where(r => r.Form != CitationForm.Named))
        {
            result.Add(replaced.GetValueOrDefault(reference.Start, reference));
        }

        return result;
    }

    /// <summary>
    /// Full citations never overlap each other (the scan moves past each symbol); a short form or a
    /// name that overlaps one, or an earlier short form or name, is dropped. Linear after sorting.
    /// </summary>
    private static List<Reference> WithoutOverlaps(List<Reference> references)
    {
        var full = new List<Reference>();
        foreach (var reference in references.Where(r => r.Form == CitationForm.Full).OrderBy(r => r.Start))
        {
            // A type word read back into the previous symbol's span ("… 18-NQ/TW - NGHỊ QUYẾT SỐ 19-NQ/TW"): start at the symbol.
            var clamped = full.Count > 0 && reference.Start < full[^1].End ? reference with { Start = full[^1].End } : reference;
            if (clamped.Start < clamped.End)
            {
                full.Add(clamped);
            }
        }

        var kept = new List<Reference>(full);
        var starts = full.Select(r => r.Start).ToArray();
        var lastEnd = -1;
        foreach (var reference in references.Where(r => r.Form != CitationForm.Full).OrderBy(r => r.Start).ThenBy(r => r.Form))
        {
            if (reference.End <= reference.Start || reference.Start < lastEnd || OverlapsAny(full, starts, reference))
            {
                continue;
            }

            kept.Add(reference);
            lastEnd = reference.End;
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool OverlapsAny(List<Reference> sorted, int[] starts, Reference reference)
    {
        var index = Array.BinarySearch(starts, reference.Start);
        index = index < 0 ? ~index : index;
        return (index < sorted.Count && sorted[index].Start < reference.End)
            || (index > 0 && sorted[index - 1].End > reference.Start);
    }

    private static Citation ToCitation(Reference r, NormalizedText normalized)
    {
        var span = normalized.ToOriginal(r.Start, r.End);
        TextSpan? symbolSpan = r.Symbol is null || r.SymbolStart < 0 ? null : normalized.ToOriginal(r.SymbolStart, r.End);
        return new Citation(r.Type, r.Symbol?.Text, r.Date, r.Issuer, r.Subject, span,
            normalized.Original[span.Start..span.End], r.Form, r.TypeWord, r.ShortFormOf, r.Resolved, r.Symbol, symbolSpan);
    }

    /// <summary>The latest date a plan cites: a lower bound of its own date when the header gives none.</summary>
    private static DateOnly? LatestDate(List<Citation> citations, int? headerYear)
    {
        DateOnly? latest = headerYear is { } year ? new DateOnly(year, 1, 1) : null;
        foreach (var citation in citations)
        {
            if (citation.Date is { } date && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        return latest;
    }
}
