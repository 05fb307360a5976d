namespace DanVan.Graph;

// Storage records: what LiteDB keeps, kept apart from the domain records (Citation, DocumentInfo).
// Dates are stored as "yyyy-MM-dd" strings, readable in the database and cheap to compare.

/// <summary>A plan of the corpus as stored: where it is, its content hash, what it says about itself.</summary>
public sealed class PlanRecord
{
    /// <summary>Path relative to the corpus folder, with "/" ("devset/01_thanhhoa….txt").</summary>
    public string Id { get; set; } = "";

    /// <summary>SHA-256 of the file, hex: what "changed" means.</summary>
    public string Hash { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Last write time in UTC ticks: a file with the same size and time is not read again.</summary>
    public long Modified { get; set; }

    /// <summary>Its own symbol ("614/KH-UBND"), null when unnumbered.</summary>
    public string? Symbol { get; set; }

    /// <summary>Its own document key ("614/KH-UBND@2020@Gia Lai") when it has a symbol.</summary>
    public string? Key { get; set; }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? DateLowerBound { get; set; }

    /// <summary>The year of its date, or of its lower bound.</summary>
    public int? Year { get; set; }

    public string? Place { get; set; }

    /// <summary>Province by its name at the time ("Trà Vinh").</summary>
    public string? Province { get; set; }

    /// <summary>Province after the 2025 merger ("Vĩnh Long").</summary>
    public string? ProvinceNow { get; set; }

    public string? Agency { get; set; }

    public string? Signer { get; set; }

    public int Citations { get; set; }

    /// <summary>
    /// The Id of its first citation: a plan's citations are inserted together and numbered in a row, so they are
    /// found by Id (no index of plans on the citations, which cost as much to keep as the citations themselves).
    /// </summary>
    public long FirstCitation { get; set; }
}

/// <summary>A citation edge as stored: from a plan to a document key, with its span, words and sentence.</summary>
public sealed class CitationRecord
{
    public long Id { get; set; }

    /// <summary>The citing plan's Id.</summary>
    public string Plan { get; set; } = "";

    /// <summary>The cited document's key; null when ambiguous.</summary>
    public string? Key { get; set; }

    /// <summary>"resolved", "ambiguous", "undated" or "named".</summary>
    public string State { get; set; } = "resolved";

    /// <summary>For an ambiguous citation, the keys it may mean.</summary>
    public string[] Candidates { get; set; } = [];

    /// <summary>True when the year came from the candidates: re-resolved when the corpus or registry changes.</summary>
    public bool Inferred { get; set; }


    /// <summary>Official symbol of the cited document.</summary>
    public string? Symbol { get; set; }

    /// <summary>The symbol as written ("34/2007/PL-UBTVQH").</summary>
    public string? Written { get; set; }

    public string Type { get; set; } = "";

    public string? Date { get; set; }

    public string? Issuer { get; set; }

    public string? Subject { get; set; }

    /// <summary>Province used in the key (local issuers).</summary>
    public string? Province { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";

    public string Sentence { get; set; } = "";

    /// <summary>"full", "short" or "named".</summary>
    public string Form { get; set; } = "full";

    // The citing plan's facts, copied so that lists need no join (a plan's citations are rewritten with it).
    public string? PlanSymbol { get; set; }

    public string? PlanTitle { get; set; }

    public string? PlanProvince { get; set; }

    /// <summary>The citing plan's own date, when known.</summary>
    public string? PlanDate { get; set; }

    /// <summary>When the plan's date is unknown: the latest date it cites.</summary>
    public string? PlanDateLowerBound { get; set; }

    public int? PlanYear { get; set; }
}

/// <summary>
/// A document of the graph, cited or citing: every registry entry, every plan with a number, every
/// document a citation points to, with what most plans say of it. Kept up to date with every batch
/// from the tallies below, so no run re-reads the whole graph.
/// </summary>
public sealed class DocumentRecord
{
    /// <summary>The document key ("290-QĐ/TW@2010", "13/CT-UBND@2017@Gia Lai", "~Nghị quyết:…" for a named one).</summary>
    public string Id { get; set; } = "";

    public string? Symbol { get; set; }

    public int? Year { get; set; }

    public string? Province { get; set; }

    /// <summary>
    /// Symbol and province ("5/KH-UBND\u001fGia Lai"; indexed): where an undated citation looks for its candidates. A plan
    /// number like 5/KH-UBND recurs in every province every year, so looking up by symbol alone grew with the corpus.
    /// </summary>
    public string? SymbolIn { get; set; }

    /// <summary>The type the registry, else the plan itself, else most citations give.</summary>
    public string? Type { get; set; }

    /// <summary>"registry", "plan", "cited", "undated" or "named".</summary>
    public string Kind { get; set; } = "cited";

    /// <summary>Citations pointing to it, and the plans they come from.</summary>
    public int Citations { get; set; }

    public int CitingPlans { get; set; }

    /// <summary>The date, issuer and title most plans give (the variants are in `danvan doc`).</summary>
    public string? Date { get; set; }

    public string? Issuer { get; set; }

    public string? Title { get; set; }

    /// <summary>What the registry says of it, when it is a registry entry.</summary>
    public DocumentFacts? Registered { get; set; }

    /// <summary>What the corpus plan with this key says of itself; <see cref="Plans"/> counts such plans.</summary>
    public DocumentFacts? Own { get; set; }

    public int Plans { get; set; }

    /// <summary>Citations to it whose text gives the year: with <see cref="Plans"/> and the registry, what makes it a candidate for undated ones.</summary>
    public int Dated { get; set; }

    /// <summary>How often citations give each type, date, issuer, subject and resolution state (the most frequent few).</summary>
    public List<ValueCount> Types { get; set; } = [];

    public List<ValueCount> Dates { get; set; } = [];

    public List<ValueCount> Issuers { get; set; } = [];

    public List<ValueCount> Titles { get; set; } = [];

    public List<ValueCount> States { get; set; } = [];

    /// <summary>Citing plans per province and year ("Gia Lai\u001f2020"): every place, not only the most frequent.</summary>
    public List<ValueCount> Places { get; set; } = [];
}

/// <summary>Type, date, issuer and title of a document as one source gives them.</summary>
public sealed class DocumentFacts
{
    public string? Type { get; set; }

    public string? Date { get; set; }

    public string? Issuer { get; set; }

    public string? Title { get; set; }

    /// <summary>The registry's status is superseded (registry facts only).</summary>
    public bool Superseded { get; set; }

    /// <summary>When its replacement took effect, when the registry knows (registry facts only).</summary>
    public string? ReplacedOn { get; set; }
}

/// <summary>
/// One plan citing one superseded document, with the verdict, kept up to date with the citations: `stale` pages
/// through these in order and counts them from <see cref="FindingCount"/> instead of reading every citation of
/// every superseded document per question.
/// </summary>
public sealed class FindingRecord
{
    /// <summary>The plan's Id and the document key ("005/plan.txt\u001f16/CT-TTg@2016"): a plan's findings are one range.</summary>
    public string Id { get; set; } = "";

    /// <summary>
    /// Verdict, province, date (or lower bound) and plan ("0\u001fGia Lai\u001f2021-03-05\u001f005/plan.txt\u001f…"; indexed):
    /// the list's order, and a range per verdict, province and year.
    /// </summary>
    public string Order { get; set; } = "";

    public string Key { get; set; } = "";

    public string Plan { get; set; } = "";

    /// <summary>The <c>StaleVerdict</c>, as its number.</summary>
    public int Verdict { get; set; }

    /// <summary>Mentions of the document in the plan; the first one's sentence.</summary>
    public int Mentions { get; set; }

    public string Sentence { get; set; } = "";

    public string? PlanSymbol { get; set; }

    public string? PlanTitle { get; set; }

    public string? PlanProvince { get; set; }

    public string? PlanDate { get; set; }

    public string? PlanDateLowerBound { get; set; }

    public int? PlanYear { get; set; }
}

/// <summary>Findings per verdict, province and year ("0\u001fGia Lai\u001f2021"): a few thousand rows at most, whatever the corpus.</summary>
public sealed class FindingCount
{
    public string Id { get; set; } = "";

    public int Verdict { get; set; }

    public string? Province { get; set; }

    public int? Year { get; set; }

    public int Count { get; set; }
}

/// <summary>The plans of one province (Id: its name then, <see cref="None"/> for plans without one), kept up to date as plans are written.</summary>
public sealed class ProvincePlans
{
    /// <summary>The Id of plans without a province (LiteDB gives an empty Id a generated one).</summary>
    public const string None = "(none)";

    public string Id { get; set; } = None;

    public int Plans { get; set; }

    /// <summary>The Id counting the plans of <paramref name="province"/>.</summary>
    public static string IdOf(string? province) => province ?? None;

    /// <summary>Adds <paramref name="plans"/> (negative for plans gone) to <paramref name="province"/>'s count in <paramref name="counts"/>.</summary>
    public static void Add(Dictionary<string, int> counts, string? province, int plans) =>
        counts[IdOf(province)] = counts.GetValueOrDefault(IdOf(province)) + plans;
}

/// <summary>One value citations give, and how many give it.</summary>
public sealed class ValueCount
{
    public string Value { get; set; } = "";

    public int Count { get; set; }
}

/// <summary>
/// An ambiguous citation filed under its symbol ("maybe cited by"), with its candidates, the citing plan's province and
/// what a list shows of the mention (plan, text, sentence): a question about one year or province reads only the rows
/// that can answer it, and lists them without reading the citations (each one a lookup in a file of millions). Few
/// citations are ambiguous, so these small rows are indexed instead of every citation.
/// </summary>
public sealed class AmbiguousRow
{
    /// <summary>The citation's Id.</summary>
    public long Id { get; set; }

    public string Symbol { get; set; } = "";

    /// <summary>The keys it may mean; empty in rows written before they carried them (read from the citation then).</summary>
    public string[] Candidates { get; set; } = [];

    public string? PlanProvince { get; set; }

    /// <summary>The citing plan; empty in rows written before they carried the mention (completed from the citation).</summary>
    public string Plan { get; set; } = "";

    public string? PlanSymbol { get; set; }

    public string? PlanTitle { get; set; }

    public string? PlanDate { get; set; }

    public string? PlanDateLowerBound { get; set; }

    public int? PlanYear { get; set; }

    public string Text { get; set; } = "";

    public string Sentence { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>True when the row carries the mention (rows of older versions carry the symbol, at most candidates and province).</summary>
    [LiteDB.BsonIgnore]
    public bool Complete => Plan.Length > 0;

    /// <summary>The row of an ambiguous citation.</summary>
    public static AmbiguousRow Of(CitationRecord c) => new()
    {
        Id = c.Id,
        Symbol = c.Symbol ?? "",
        Candidates = c.Candidates,
        PlanProvince = c.PlanProvince,
        Plan = c.Plan,
        PlanSymbol = c.PlanSymbol,
        PlanTitle = c.PlanTitle,
        PlanDate = c.PlanDate,
        PlanDateLowerBound = c.PlanDateLowerBound,
        PlanYear = c.PlanYear,
        Text = c.Text,
        Sentence = c.Sentence,
        Start = c.Start,
        End = c.End,
    };
}

/// <summary>
/// A citation whose year was inferred, filed under its symbol with what it was resolved from (symbol, province, the
/// plan's date) and to (key, state, candidates): the end of a run resolves it again from this small row alone and
/// reads the citation itself only when the answer changed. At a million plans the citations are a file several
/// times the memory the system keeps cached; these rows are a small fraction of it.
/// </summary>
public sealed class UndatedRow
{
    /// <summary>The citation's Id.</summary>
    public long Id { get; set; }

    public string Symbol { get; set; } = "";

    /// <summary>As <see cref="CitationRecord.Province"/>.</summary>
    public string? Province { get; set; }

    /// <summary>As <see cref="CitationRecord.PlanDate"/>.</summary>
    public string? PlanDate { get; set; }

    public string? Key { get; set; }

    /// <summary>The citation's state; null in rows written before they carried the resolution (read from the citation then).</summary>
    public string? State { get; set; }

    public string[] Candidates { get; set; } = [];

    /// <summary>The row of an inferred-year citation.</summary>
    public static UndatedRow Of(CitationRecord c) => new()
    {
        Id = c.Id,
        Symbol = c.Symbol ?? "",
        Province = c.Province,
        PlanDate = c.PlanDate,
        Key = c.Key,
        State = c.State,
        Candidates = c.Candidates,
    };
}

/// <summary>A name waiting for the end of the run: a symbol whose undated citations may resolve elsewhere, a plan whose search fields are behind.</summary>
public sealed class PendingRecord
{
    public string Id { get; set; } = "";
}

/// <summary>The registry in use: the last one that passed its checks, kept so a bad edit does not lose it.</summary>
public sealed class RegistrySnapshot
{
    public string Id { get; set; } = "registry";

    public string Documents { get; set; } = "";

    public string Provinces { get; set; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>Run state: the generation and the schema; what is pending lives in its own collections.</summary>
public sealed class StateRecord
{
    public string Id { get; set; } = "state";

    /// <summary>The generation of the last commit; the search index records the same number with its own commit.</summary>
    public long Generation { get; set; }

    public int Schema { get; set; }

    /// <summary>The rules undated citations were resolved by (<c>LiteDbCitationGraph.Resolution</c>); older ones are resolved again once.</summary>
    public int Resolution { get; set; }

    /// <summary>What ambiguous rows carry (LiteDbCitationGraph.AmbiguousRows); 0 before they carried the mention.</summary>
    public int AmbiguousRows { get; set; }

    /// <summary>Every plan's search fields must be rewritten: the registry changed after the last search commit.</summary>
    public bool SearchPendingAll { get; set; }

    /// <summary>Every finding must be made again: the registry changed (what is superseded, and since when).</summary>
    public bool FindingsPendingAll { get; set; }

    /// <summary>How plans are counted per province (LiteDbCitationGraph.PlanCounts); 0 before they were counted as written.</summary>
    public int PlanCounts { get; set; }
}
