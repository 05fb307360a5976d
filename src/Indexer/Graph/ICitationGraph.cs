namespace DanVan.Graph;

/// <summary>
/// The citation graph's storage: plans, citation edges, the registry in use. Every write is one
/// transaction: after a crash the graph is as it was at the last commit.
/// </summary>
public interface ICitationGraph : IDisposable
{
    /// <summary>Every stored plan's Id, streamed.</summary>
    IEnumerable<string> PlanIds();

    /// <summary>Every stored plan, streamed (a scan: for the rare question no index answers).</summary>
    IEnumerable<PlanRecord> AllPlans();

    /// <summary>
    /// Up to <paramref name="count"/> stored plans in the ordinal order of their Ids, the first after <paramref name="after"/>
    /// (from the first plan when null): one short read, so that writes may come between two of them.
    /// </summary>
    IReadOnlyList<PlanRecord> PlansAfter(string? after, int count);

    /// <summary>How many plans are stored.</summary>
    int PlanCount { get; }

    /// <summary>How many plans name <paramref name="province"/> (null: none) as theirs, from the counts kept as plans are written.</summary>
    int PlansIn(string? province);

    /// <summary>True when the graph was written by an older DanVan whose layout this one does not keep up to date: the indexer starts again.</summary>
    bool Outdated { get; }

    /// <summary>When its undated citations were resolved by older rules, leaves them all pending for this run's end.</summary>
    void ResolveAgainIfOlder();

    /// <summary>
    /// Rows of ambiguous citations written before they carried the mention get it from their citations, a few thousand a
    /// transaction (a killed run leaves the rest for the next); once, then the graph says so. Returns the rows completed.
    /// </summary>
    /// <param name="starting">Called first when there is work to do.</param>
    int CompleteAmbiguousRows(Action? starting = null);

    /// <summary>
    /// A graph whose plans were not counted per province as they were written counts them, once (every plan read), then
    /// says so. Returns the plans counted.
    /// </summary>
    /// <param name="starting">Called first when there is work to do.</param>
    int CountPlansOnce(Action? starting = null);

    /// <summary>Empties the graph (for an outdated one).</summary>
    void Reset();

    /// <summary>The generation of the last commit.</summary>
    long Generation { get; }

    /// <summary>
    /// Replaces the given plans and their citations and removes others, in one transaction, as <paramref name="generation"/>;
    /// updates the document nodes they touch and leaves the symbols whose undated citations may resolve elsewhere pending.
    /// </summary>
    /// <param name="stored">The written plans the graph may hold already (null: any); others need no lookup of what they replace.</param>
    /// <param name="beforeCommit">Waited for once the transaction is made, before it commits (the search index committing meanwhile); what it throws rolls the transaction back.</param>
    void Write(IReadOnlyList<PlanRecord> plans, IReadOnlyList<CitationRecord> citations, IReadOnlyList<string> removed, long generation,
        IReadOnlySet<string>? stored = null, Action? beforeCommit = null);

    /// <summary>Updates the timestamps of plans whose content did not change (no citation is touched).</summary>
    void Touch(IReadOnlyList<PlanRecord> plans);

    /// <summary>True when symbols wait for re-resolution or plans for their search fields.</summary>
    bool Dirty { get; }

    /// <summary>
    /// Resolves again, through <paramref name="resolve"/>, the inferred-year citations of every pending symbol, a few
    /// thousand a transaction, and rewrites those whose answer changed; plans whose cited documents changed wait for
    /// their search fields. Returns how many plans changed.
    /// </summary>
    /// <param name="resolve">The new key, state and candidates of one citation, from what it was resolved from.</param>
    /// <param name="settled">Symbols whose undated citations cannot have moved (the registry alone answers them): struck off unread.</param>
    int Reresolve(Func<UndatedRow, (string? Key, string State, string[] Candidates)> resolve, Func<string, bool>? settled = null);

    /// <summary>Plans whose search fields are behind the graph (their citations were re-resolved), streamed.</summary>
    IEnumerable<string> SearchPendingPlans();

    /// <summary>True when every plan's search fields are behind (the registry changed).</summary>
    bool SearchPendingAll { get; }

    /// <summary>These plans' search fields are committed, as <paramref name="generation"/>.</summary>
    void SearchCaughtUp(IReadOnlyList<string> plans, long generation);

    /// <summary>Every plan's search fields are committed, as <paramref name="generation"/>.</summary>
    void AllSearchCaughtUp(long generation);

    /// <summary>One document by key.</summary>
    DocumentRecord? Document(string key);

    /// <summary>Every document node with a symbol, streamed.</summary>
    IEnumerable<DocumentRecord> DocumentsWithSymbol();

    /// <summary>The key of every document node with a symbol and the citations pointing to it (for symbol autocomplete), streamed; nothing else is read into objects.</summary>
    IEnumerable<(string Key, int Citations)> SymbolKeys();

    /// <summary>The registry last stored, or null.</summary>
    RegistrySnapshot? Registry();

    /// <summary>Stores the registry in use and its entries' facts on their nodes; every undated citation and every plan's search fields wait for a new look.</summary>
    void StoreRegistry(RegistrySnapshot snapshot, IReadOnlyList<(string Key, DocumentFacts Facts)> entries);

    /// <summary>Keys of the document nodes with this official symbol (one per year, province).</summary>
    IEnumerable<string> DocumentKeysWithSymbol(string symbol);

    /// <summary>One plan by Id.</summary>
    PlanRecord? Plan(string id);

    /// <summary>True when some plan of the corpus has this document key.</summary>
    bool HasPlanKey(string key);

    /// <summary>Plans whose own symbol is <paramref name="symbol"/>.</summary>
    IEnumerable<PlanRecord> PlansWithSymbol(string symbol);

    /// <summary>The citations a plan makes, in text order.</summary>
    IEnumerable<CitationRecord> CitationsOf(string plan);

    /// <summary>Citations of a document key.</summary>
    IEnumerable<CitationRecord> CitationsTo(string key);

    /// <summary>
    /// Citations of every document with this official symbol (of one year, when given), in the order of their keys: what
    /// <see cref="CitationsTo"/> gives key after key, read as one range of the index.
    /// </summary>
    IEnumerable<CitationRecord> CitationsToSymbol(string symbol, int? year);

    /// <summary>Mentions of <paramref name="symbol"/> that name several documents (no key; their candidates listed), streamed from their rows.</summary>
    /// <param name="symbol">The official symbol.</param>
    /// <param name="where">Only those whose candidates and plan's province pass, judged on the rows.</param>
    IEnumerable<AmbiguousRow> AmbiguousMentions(string symbol, Func<AmbiguousRow, bool>? where = null);

    /// <summary>Stale findings per verdict, province and year (a few thousand rows at most).</summary>
    IEnumerable<FindingCount> FindingCounts();

    /// <summary>Stale findings whose <see cref="FindingRecord.Order"/> is at least <paramref name="from"/> and below <paramref name="to"/>, in that order, streamed.</summary>
    IEnumerable<FindingRecord> Findings(string from, string to);

    /// <summary>How many findings <see cref="Findings"/> would give, counted on the index of their order.</summary>
    int CountFindings(string from, string to);

    /// <summary>True when every finding waits to be made again (the registry changed).</summary>
    bool FindingsPendingAll { get; }

    /// <summary>Makes every finding again from the citations of the superseded documents, a few thousand a transaction.</summary>
    void RebuildFindings();

    /// <summary>Keys an undated citation of <paramref name="symbol"/> in <paramref name="province"/> (null: a central document) may mean: documents with a known year that the registry, a plan or a dated citation vouches for.</summary>
    IEnumerable<string> CandidateKeys(string symbol, string? province);
}
