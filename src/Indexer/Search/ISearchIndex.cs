namespace DanVan.Search;

/// <summary>
/// The full-text index of plans. Writes become visible at <see cref="Commit"/>, which records the
/// graph generation they belong to: the indexer commits here first, then in the graph, so after a
/// crash a plan the graph has is always here too, and extra documents are found by comparing hashes.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>The generation of the last commit (0 for a new index).</summary>
    long Generation { get; }

    /// <summary>Adds or replaces plans' documents.</summary>
    void Put(IEnumerable<PlanDocument> documents);

    /// <summary>
    /// Adds documents of plans the index does not hold (new to the graph, which the index matches after
    /// <c>Consistency.Reconcile</c>): nothing is looked for to replace.
    /// </summary>
    void Add(IEnumerable<PlanDocument> documents);

    /// <summary>Removes plans' documents.</summary>
    void Remove(IEnumerable<string> ids);

    /// <summary>Removes every document (before a new index of everything).</summary>
    void Clear();

    /// <summary>Makes all writes durable and visible, as generation <paramref name="generation"/>.</summary>
    void Commit(long generation);

    /// <summary>Every committed plan's content hash, by Id.</summary>
    IReadOnlyDictionary<string, string> Hashes();

    /// <summary>The stored text of a plan, or null.</summary>
    string? Body(string id);

    /// <summary>Answers a search.</summary>
    SearchResult Search(SearchRequest request);
}
