using DanVan.Text;

namespace DanVan.Citations;

/// <summary>Short forms ("Pháp lệnh số 34 của …") and the full mention each one shortens.</summary>
internal static class ShortForms
{
    /// <summary>
    /// A short form refers to a full mention with the same number: first of the same type before it
    /// ("Pháp lệnh số 34" after "Pháp lệnh số 34/2007/PL-UBTVQH11"), then one whose subject names its
    /// type ("Đề án 402" after "Quyết định số 402-QĐ/TU … ban hành Đề án"), then one after it. A decree
    /// with its date alone is complete ("Nghị định số 61 ngày 16/8/2023" = 61/2023/NĐ-CP). Others are dropped.
    /// </summary>
    public static IEnumerable<Reference> Resolve(List<ShortFormCandidate> candidates, List<Reference> full)
    {
        var byNumber = full.GroupBy(r => r.Symbol!.Number).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var candidate in candidates)
        {
            var target = byNumber.TryGetValue(candidate.Number, out var sameNumber) ? FullMentionOf(candidate, sameNumber) : null;
            var context = candidate.Context;
            if (target is not null)
            {
                yield return new Reference(candidate.Start, candidate.End, context.End, candidate.Type, null, null, context.Date,
                    context.Issuer, context.Subject, CitationForm.ShortForm, ShortFormOf: target.Symbol!.Text,
                    Resolved: target.Resolved ?? target.Symbol.Official, DateWritten: context.Date is not null);
            }
            else if (candidate.Type == DocumentTypes.NghiDinh && candidate.HasSo && context.Date is { } date)
            {
                yield return new Reference(candidate.Start, candidate.End, context.End, candidate.Type, null, null, date,
                    context.Issuer, context.Subject, CitationForm.ShortForm, Resolved: $"{candidate.Number}/{date.Year}/NĐ-CP",
                    DateWritten: true);
            }
        }
    }

    /// <summary>Looks at most a few mentions either side, so a text of a million "Chỉ thị số 5" stays linear.</summary>
    private static Reference? FullMentionOf(ShortFormCandidate candidate, List<Reference> sameNumber)
    {
        const int Window = 32;
        int low = 0, high = sameNumber.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sameNumber[middle].Start < candidate.Start ? (middle + 1, high) : (low, middle);
        }

        var before = low - 1;
        var foldedType = Folding.Fold(candidate.Type);
        var issuer = candidate.Context.Issuer is { } written ? Folding.Fold(written) : null;
        if (issuer is not null)
        {
            // "Chỉ thị số 05 của Bộ Chính trị" is 05-CT/TW even after a closer 05/CT-UBND of the province.
            for (var i = Math.Min(sameNumber.Count - 1, before + Window); i >= 0 && before - i < Window; i--)
            {
                if (sameNumber[i].Type == candidate.Type && sameNumber[i].Issuer is { } other && Folding.Fold(other) == issuer)
                {
                    return sameNumber[i];
                }
            }
        }

        for (var i = before; i >= 0 && before - i < Window; i--)
        {
            if (sameNumber[i].Type == candidate.Type)
            {
                return sameNumber[i];
            }
        }

        for (var i = before; i >= 0 && before - i < Window; i--)
        {
            if (sameNumber[i].Subject is { } subject && Folding.Fold(subject).Contains(foldedType, StringComparison.Ordinal))
            {
                return sameNumber[i];
            }
        }

        for (var i = before + 1; i < sameNumber.Count && i - before <= Window; i++)
        {
            if (sameNumber[i].Type == candidate.Type)
            {
                return sameNumber[i];
            }
        }

        return null;
    }
}
