namespace DanVan.Citations;

/// <summary>What coordinated references share: "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013".</summary>
internal static class Coordination
{
    /// <summary>
    /// Coordinated references share type, date and issuer: "Quyết định số 217-QĐ/TW và Quyết định số
    /// 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"; "Nghị quyết số 18-NQ/TW, 19-NQ/TW".
    /// </summary>
    public static List<Reference> Apply(string folded, List<Reference> references)
    {
        var result = references.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            var (left, right) = (result[i - 1], result[i]);
            if (right.TypeWord is null && left.TypeWord is not null && IsConnector(folded, left.End, right.Start)
                && SameKind(left, right))
            {
                result[i] = right with { Type = left.Type };
            }
        }

        for (var i = result.Length - 2; i >= 0; i--)
        {
            var (left, right) = (result[i], result[i + 1]);
            if (!SameKind(left, right) || !IsConnector(folded, left.ContextEnd, right.Start))
            {
                continue;
            }

            if (!left.DateWritten && right.Date is not null)
            {
                left = left with { Date = right.Date };
            }

            if (!left.IssuerWritten && right.Issuer is not null)
            {
                left = left with { Issuer = right.Issuer };
            }

            result[i] = left;
        }

        return [.. result];
    }

    private static bool SameKind(Reference left, Reference right) =>
        left.Type == right.Type || (left.Symbol?.TypeCode is { } code && code == right.Symbol?.TypeCode);

    public static bool IsConnector(string folded, int from, int to)
    {
        if (to < from || to - from > 12)
        {
            return false;
        }

        var gap = Scan.Collapse(folded.AsSpan(from, to - from));
        return gap is "," or "va" or ", va" or "va cac" or ", va cac" or "va so" or ", so" or ", va so";
    }
}
