using DanVan.Queries;

namespace DanVan.Checking;

/// <summary>
/// What a reference in a draft is found to be, from least to most serious: a reference's
/// <see cref="CheckedReference.Verdict"/> is the most serious of its findings. Doubts (ambiguous,
/// unknown) rank below facts found wrong; citing a document no longer in force ranks highest.
/// </summary>
public enum CheckVerdict
{
    /// <summary>Nothing to say: "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị" in a 2024 draft.</summary>
    Ok,

    /// <summary>The symbol as typed is not its official layout: "30/CT-TƯ" for 30-CT/TW, "O4/2015/ND-CP" for 04/2015/NĐ-CP.</summary>
    Malformed,

    /// <summary>No year, several documents with this symbol: "Chỉ thị số 16/CT-TTg" is of 2016 or of 2020.</summary>
    Ambiguous,

    /// <summary>Neither in the registry nor cited by any plan of the graph.</summary>
    Unknown,

    /// <summary>The type word is not what the code says: "Chỉ thị số 290-QĐ/TW".</summary>
    TypeWordDisagrees,

    /// <summary>Another issuer than the registry's (or the symbol's code): "124-QĐ/TW ngày 02/02/2018 của Bộ Chính trị" (Ban Bí thư's).</summary>
    IssuerDiffers,

    /// <summary>Not in the registry, and a clear majority of plans (two or more) give another date.</summary>
    DateDiffersFromPlans,

    /// <summary>The registry gives another date: "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 06/4/2007" (20/4/2007).</summary>
    DateDiffersFromRegistry,

    /// <summary>Replaced by a document in force at the draft's date: 290-QĐ/TW by 23-QĐ/TW from 30/7/2021.</summary>
    Superseded,

    /// <summary>Repealed or expired without a replacement: 16/CT-TTg of 2020 (the COVID-19 isolation).</summary>
    Repealed,
}

/// <summary>
/// The checked draft: its own date ("Gia Lai, ngày 24 tháng 3 năm 2025" → "2025-03-24"; today when
/// its header gives none) and every reference it makes, in text order.
/// </summary>
/// <param name="DraftDate">The date references were judged at (yyyy-MM-dd).</param>
/// <param name="DraftDated">True when the date came from the draft's header, false when it is today's.</param>
/// <param name="References">Every reference, in text order.</param>
public sealed record CheckReport(string? DraftDate, bool DraftDated, IReadOnlyList<CheckedReference> References)
{
    /// <summary>References whose verdict is not <see cref="CheckVerdict.Ok"/>.</summary>
    public int NeedAttention => References.Count(r => r.Verdict != CheckVerdict.Ok);

    /// <summary>False when the checker had the registry only (no index yet): no date from the plans could be compared.</summary>
    public bool PlansConsulted { get; init; } = true;
}

/// <summary>
/// One reference of a draft and what was found: "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ
/// Chính trị" in a 2025 draft is 290-QĐ/TW@2010, superseded by 23-QĐ/TW@2021 from 2021-07-30.
/// </summary>
/// <param name="Start">UTF-16 offset of the reference in the text checked.</param>
/// <param name="End">UTF-16 offset just after it.</param>
/// <param name="Text">The reference as written ("Quyết định số 290- QĐ/TW").</param>
/// <param name="Type">Its type ("Quyết định").</param>
/// <param name="TypeWord">The type word as written, null when the symbol stands alone.</param>
/// <param name="Symbol">The symbol as written, canonicalised ("290-QĐ/TW"); null for short forms and names.</param>
/// <param name="OfficialSymbol">The official symbol it points to ("34/2007/PL-UBTVQH11" for "34/2007/PL-UBTVQH").</param>
/// <param name="Date">The date the draft gives (yyyy-MM-dd).</param>
/// <param name="Issuer">The issuer the draft gives.</param>
/// <param name="Form">"full", "short" or "named".</param>
/// <param name="Key">The document it was checked as ("290-QĐ/TW@2010"); null when ambiguous.</param>
/// <param name="Candidates">Documents it may mean: when ambiguous, or unknown as dated but known in another year.</param>
/// <param name="Registry">The registry's facts about it, with source and confidence.</param>
/// <param name="Verdict">The most serious finding, or Ok.</param>
/// <param name="Findings">Every finding, most serious first.</param>
public sealed record CheckedReference(int Start, int End, string Text, string Type, string? TypeWord, string? Symbol, string? OfficialSymbol,
    string? Date, string? Issuer, string Form, string? Key, IReadOnlyList<string> Candidates, Facts? Registry, CheckVerdict Verdict,
    IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>1-based line of <see cref="Start"/> in the text checked.</summary>
    public int Line { get; init; } = 1;

    /// <summary>1-based column of <see cref="Start"/>, in characters (a surrogate pair counts once).</summary>
    public int Column { get; init; } = 1;
}

/// <summary>
/// One thing found wrong with a reference, as values for the CLI and the web to phrase in their own
/// language: (Superseded, "23-QĐ/TW@2021", "effective 2021-07-30") with EffectiveFrom "2021-07-30".
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Expected">The right value: replacement key(s), registry date, plans' date, registry issuer, admitted type word(s), official symbol; several joined by ", ".</param>
/// <param name="Detail">A short note in English for logs and the CLI ("effective 2021-07-30", "8 of 9 plans").</param>
public sealed record CheckFinding(CheckVerdict Kind, string? Expected, string? Detail)
{
    /// <summary>Superseded: the day the replacement took effect (yyyy-MM-dd), when known.</summary>
    public string? EffectiveFrom { get; init; }

    /// <summary>DateDiffersFromPlans: how many plans give the expected date…</summary>
    public int? Agreeing { get; init; }

    /// <summary>…of how many plans that date it.</summary>
    public int? OutOf { get; init; }

    /// <summary>For a finding from the registry: its confidence (confirmed, likely, unverified); never show a likely fact as certain.</summary>
    public string? Confidence { get; init; }
}
