namespace DanVan.Graph;

/// <summary>
/// The citation graph's storage: plans, citation edges, the registry in use. Every write is one
/// transaction: after a crash the graph is as it was at the last commit.
/// </summary>
public interface ICitationGraph : IDisposable
{
    /// <summary>Every stored plan, by Id (for the incremental diff).</summary>
    IReadOnlyDictionary<string, PlanRecord> Plans();

    /// <summary>The generation of the last commit.</summary>
    long Generation { get; }

    /// <summary>Replaces the given plans and their citations and removes others, in one transaction, as <paramref name="generation"/>; marks the graph dirty.</summary>
    void Write(IReadOnlyList<PlanRecord> plans, IReadOnlyList<CitationRecord> citations, IReadOnlyList<string> removed, long generation);

    /// <summary>Updates the timestamps of plans whose content did not change (no citation is touched).</summary>
    void Touch(IReadOnlyList<PlanRecord> plans);

    /// <summary>True when plans were written since the last re-resolution.</summary>
    bool Dirty { get; }

    /// <summary>Rewrites every citation whose year was inferred through <paramref name="resolve"/>, in one transaction; returns the plans whose citations changed.</summary>
    IReadOnlyCollection<string> Reresolve(Func<CitationRecord, (string? Key, string State, string[] Candidates)> resolve);

    /// <summary>All citations, for rebuilding the documents.</summary>
    IEnumerable<CitationRecord> AllCitations();

    /// <summary>
    /// Plans whose search fields are behind the graph (re-resolved citations), or all of them (the
    /// registry changed), until <see cref="ReplaceDocuments"/> ends the run's final pass.
    /// </summary>
    (bool All, IReadOnlyCollection<string> Plans) SearchPending { get; }

    /// <summary>Replaces the documents collection, clears Dirty and the pending search refresh, in one transaction, as <paramref name="generation"/>.</summary>
    void ReplaceDocuments(IEnumerable<DocumentRecord> documents, long generation);

    /// <summary>One document by key.</summary>
    DocumentRecord? Document(string key);

    /// <summary>Every document node with a symbol (for symbol autocomplete), streamed.</summary>
    IEnumerable<DocumentRecord> DocumentsWithSymbol();

    /// <summary>The registry last stored, or null.</summary>
    RegistrySnapshot? Registry();

    /// <summary>Stores the registry in use.</summary>
    void StoreRegistry(RegistrySnapshot snapshot);

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

    /// <summary>Citations of an official symbol, whatever year or province.</summary>
    IEnumerable<CitationRecord> CitationsWithSymbol(string symbol);

    /// <summary>Distinct keys of citations of <paramref name="symbol"/> whose year the text gave.</summary>
    IEnumerable<string> DatedKeys(string symbol);
}
