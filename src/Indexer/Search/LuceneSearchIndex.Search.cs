using System.Globalization;
using DanVan.Citations;
using DanVan.Places;
using DanVan.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search;

public sealed partial class LuceneSearchIndex
{
    /// <summary>How many results can be paged through by page number (a cursor goes further).</summary>
    public const int MaxResults = 10_000;

    /// <summary>How much of a query is searched; the rest is dropped with <see cref="SearchNotice.QueryShortened"/>.</summary>
    public const int MaxQueryLength = UserQuery.MaxLength;

    /// <summary>The names a province is found by: itself and the provinces merged into it ("Vĩnh Long": Bến Tre, Trà Vinh).</summary>
    private IReadOnlyList<string> ExpandProvince(string name) => expandProvince?.Invoke(name) ?? [name];

    /// <inheritdoc/>
    public SearchResult Search(SearchRequest request)
    {
        if (request.YearFrom > request.YearTo)
        {
            request = request with { YearFrom = request.YearTo, YearTo = request.YearFrom }; // "2025 to 2010" means the years between
        }

        var understood = UserQuery.Parse(request.Query);
        var newest = request.Sort == SearchSort.Date;
        var size = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, MaxResults);
        SearchResult? result = null;
        WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var (query, nearness, exact, folded, notice) = BuildQuery(understood, request, PairsUsable(reader));
            var byDate = new Sort(new SortField(SearchSchema.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE);
            var version = ((DirectoryReader)reader).Version;
            var after = Cursor.Parse(request.Cursor, request.Sort, version, reader.MaxDoc, out var windowDoc, out var cursorProblem);
            notice ??= cursorProblem is null ? null : (cursorProblem, SearchNotice.CursorReset);
            var skip = after is null && windowDoc is null ? (long)(page - 1) * size : 0;
            if (skip >= MaxResults)
            {
                notice ??= ($"only the first {MaxResults:N0} results can be paged through; narrow the search or use the cursor", SearchNotice.PageBeyondLimit);
            }

            // One hit more than the page tells whether there is a next page. Best-first lists re-rank their first hits by
            // nearness: those are read whole, also to go on from a cursor inside them.
            var window = newest || nearness is null || after is not null ? 0 : RescoreWindow;
            var wanted = (int)Math.Min(Math.Min(Math.Max(skip + size + 1, windowDoc is null ? window : window + size + 1), MaxResults), Math.Max(1, reader.MaxDoc));
            ITopDocsCollector? NewTop() => skip >= MaxResults ? null : newest
                ? TopFieldCollector.Create(byDate, wanted, after as FieldDoc, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(wanted, after, docsScoredInOrder: false);

            var everything = query is MatchAllDocsQuery;
            var budget = BudgetFor(query);
            var oneIn = everything ? 1 : SampleRate(UpperBound(reader, query), budget);
            FacetCounter facets;
            ITopDocsCollector? top;
            while (true)
            {
                // One pass counts the facets and, unless the newest are read apart, collects the top hits.
                facets = new FacetCounter(reader);
                top = NewTop();
                var apart = (newest && oneIn > 1) || everything;
                var collector = apart || top is null ? (ICollector)facets : MultiCollector.Wrap(facets, top);
                if (everything)
                {
                    if (!newest && top is not null)
                    {
                        searcher.Search(query, top);
                    }
                }
                else
                {
                    searcher.Search(Sampled(query, oneIn), collector);
                }

                var estimate = (long)facets.Total * oneIn;
                if (oneIn > 1 && estimate <= budget.Exact)
                {
                    oneIn = 1; // fewer matches than the terms alone promised: read them all
                    continue;
                }

                if (oneIn > 1 && facets.Total < budget.Sample / 20 && SampleRate(estimate, budget) < oneIn)
                {
                    oneIn = SampleRate(estimate, budget); // under a twentieth of the sample hoped for (the terms promised more than matched): a denser one
                    continue;
                }

                if (apart && newest && top is not null)
                {
                    NewestFirst(searcher, query, (TopFieldCollector)top, wanted, after is FieldDoc { Fields: [J2N.Numerics.Int64 day, ..] } ? day.ToInt64() : null,
                        (request.YearFrom, request.YearTo));
                }

                break;
            }

            var ranked = top is null ? [] : top.GetTopDocs().ScoreDocs;
            ranked = window > 0 ? Rescored(searcher, nearness!, ranked, window) : ranked;
            var start = (int)Math.Min(skip, ranked.Length);
            if (windowDoc is { } cursorDoc)
            {
                var at = Array.FindIndex(ranked, 0, Math.Min(window, ranked.Length), d => d.Doc == cursorDoc);
                notice ??= at < 0 ? ($"the cursor \"{request.Cursor}\" does not fit this search; showing the first page", SearchNotice.CursorReset) : null;
                start = at + 1;
            }

            var docs = ranked.Skip(start).Take(size + 1).ToArray();
            var more = docs.Length > size;
            docs = docs.Take(size).ToArray();
            var hits = docs.Select(d => Hit(searcher, d, exact, folded, understood)).ToList();
            var next = !more ? null : start + size <= window ? Cursor.InWindow(docs[^1], version) : Cursor.Of(docs[^1], request.Sort, version);
            var total = everything ? reader.NumDocs : (int)Math.Min(int.MaxValue, (long)facets.Total * oneIn);
            var counts = everything ? FacetCounter.OfEverything(reader) : facets.Counts(oneIn);
            result = new SearchResult(total, hits, counts, new QueryUnderstanding(understood.Symbols, understood.Numbers, understood.Phrases,
                [.. exact]), next, notice?.Text, notice?.Kind, oneIn, newest || oneIn == 1 ? total : facets.Total);
        });
        return result!;
    }

    /// <summary>
    /// The query, and the same query scoring plans higher where its words stand together (<c>Nearness</c>, null
    /// for one word), which only re-ranks the best hits (<see cref="Rescored"/>).
    /// </summary>
    private (Query Query, Query? Nearness, HashSet<string> Exact, HashSet<string> Folded, (string Text, SearchNotice Kind)? Notice) BuildQuery(UserQuery understood, SearchRequest request, WordPairs pairs)
    {
        var must = new BooleanQuery();
        foreach (var symbol in understood.Symbols)
        {
            must.Add(new TermQuery(new Term(SearchSchema.CitesSymbol, symbol)) { Boost = 3 }, Occur.MUST);
        }

        foreach (var number in understood.Numbers)
        {
            must.Add(new TermQuery(new Term(SearchSchema.CitesNumber, number)) { Boost = 3 }, Occur.MUST);
        }

        foreach (var phrase in understood.Phrases)
        {
            // An accented phrase must match exactly; one typed without accents matches the folded text.
            var accented = phrase.Any(c => c > 0x7F);
            var field = accented ? SearchSchema.Text : SearchSchema.Folded;
            var terms = SearchSchema.Terms(accented ? SearchSchema.Exact : SearchSchema.FoldedAnalyzer, field, phrase);
            if (terms.Count > 0)
            {
                var phraseQuery = new PhraseQuery();
                terms.ForEach(t => phraseQuery.Add(new Term(field, t)));
                must.Add(Paired(phraseQuery, phrase, pairs), Occur.MUST);
            }
        }

        var words = understood.Words;
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (province, rest) in ProvincesIn(words))
        {
            // A province named in the query: its plans (by either name), or the text naming it.
            var either = new BooleanQuery();
            foreach (var name in ExpandProvince(province))
            {
                either.Add(new TermQuery(new Term(SearchSchema.Province, name)), Occur.SHOULD);
            }

            var mentioned = new PhraseQuery();
            SearchSchema.Terms(SearchSchema.FoldedAnalyzer, SearchSchema.Folded, province).ForEach(t => mentioned.Add(new Term(SearchSchema.Folded, t)));
            either.Add(Paired(mentioned, province, pairs), Occur.SHOULD);
            must.Add(either, Occur.MUST);
            words = rest;
        }

        var exactTerms = SearchSchema.Terms(SearchSchema.Exact, SearchSchema.Text, words);
        var foldedTerms = SearchSchema.Terms(SearchSchema.FoldedAnalyzer, SearchSchema.Folded, words);
        for (var i = 0; i < exactTerms.Count && i < foldedTerms.Count; i++)
        {
            // The exact spelling scores double, so "quản lý" ranks plans writing "quản lý" above "quan ly".
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(SearchSchema.Text, exactTerms[i])) { Boost = 2 }, Occur.SHOULD },
                { new TermQuery(new Term(SearchSchema.Folded, foldedTerms[i])), Occur.SHOULD },
            };
            must.Add(either, Occur.MUST);
            exact.Add(exactTerms[i]);
            folded.Add(foldedTerms[i]);
        }

        BooleanQuery? nearness = null;
        if (exactTerms.Count > 1)
        {
            // Words that stand together score higher: exactly as typed most, folded next. Only the best hits are scored
            // so (Rescored): reading word positions for every match was most of a broad search's time.
            nearness = (BooleanQuery)must.Clone();
            nearness.Add(Paired(Phrase(SearchSchema.Text, exactTerms, boost: 4), words, pairs), Occur.SHOULD);
            nearness.Add(Paired(Phrase(SearchSchema.Folded, foldedTerms, boost: 2), words, pairs), Occur.SHOULD);
        }

        foreach (var phrase in understood.Phrases)
        {
            SearchSchema.Terms(SearchSchema.Exact, SearchSchema.Text, phrase).ForEach(t => exact.Add(t));
            SearchSchema.Terms(SearchSchema.FoldedAnalyzer, SearchSchema.Folded, phrase).ForEach(t => folded.Add(t));
        }

        (string, SearchNotice)? notice = null;
        Query query = must;
        if (must.Clauses.All(c => c.Occur != Occur.MUST))
        {
            notice = string.IsNullOrWhiteSpace(request.Query) ? null : ($"nothing to search for in \"{Quote(request.Query)}\"; showing all plans", SearchNotice.NothingToSearch);
            query = new MatchAllDocsQuery();
        }

        if (understood.Shortened)
        {
            notice = ($"the query is long; only its first {UserQuery.MaxLength} characters were searched", SearchNotice.QueryShortened);
        }

        var filters = Filters(request).Clauses.Select(c => c.Query).ToList();
        Query Filtered(Query q) => filters.Count == 0 ? q : Among(q, filters);

        return (Filtered(query), nearness is null ? null : Filtered(nearness), exact, folded, notice);
    }

    /// <summary>
    /// A phrase whose word positions are read only where all its pairs of words stand (<see cref="CheckedPhraseQuery"/>): as
    /// written for a phrase of the words as written (folded pairs of common words stand in most plans: "đồng trong năm" is
    /// rare, "dong trong nam" everywhere), folded for the folded text or an index without them; the phrase itself in an
    /// index without pairs, or when its words do not pair one to one.
    /// </summary>
    private static Query Paired(PhraseQuery phrase, string text, WordPairs pairs)
    {
        var written = pairs == WordPairs.FoldedAndWritten && phrase.GetTerms() is [{ Field: SearchSchema.Text }, ..];
        var terms = pairs == WordPairs.None ? []
            : written ? SearchSchema.Terms(SearchSchema.ExactPairsAnalyzer, SearchSchema.Pairs, text)
            : SearchSchema.Terms(SearchSchema.PairsAnalyzer, SearchSchema.Pairs, text);
        if (terms.Count == 0 || terms.Count != phrase.GetTerms().Length - 1)
        {
            return phrase;
        }

        var candidates = new BooleanQuery(); // one pair: rewritten to its term when weighed
        terms.ForEach(t => candidates.Add(new TermQuery(new Term(SearchSchema.Pairs, t)), Occur.MUST));
        return new CheckedPhraseQuery(phrase, candidates);
    }

    private static PhraseQuery Phrase(string field, List<string> terms, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        terms.ForEach(t => phrase.Add(new Term(field, t)));
        return phrase;
    }

    /// <summary>Province names written in the query's words, and the words without them.</summary>
    private static IEnumerable<(string Province, string Remaining)> ProvincesIn(string words)
    {
        var folded = Folding.Fold(words);
        for (var i = 0; i < folded.Length; i++)
        {
            if ((i == 0 || folded[i - 1] == ' ') && Gazetteer.TryMatchAt(folded, i, out var name, out var end))
            {
                var rest = (words[..i] + " " + words[end..]).Trim();
                yield return (name, rest);
                foreach (var more in ProvincesIn(rest))
                {
                    yield return more;
                }

                yield break;
            }
        }
    }

    private BooleanQuery Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (request.Province is { Length: > 0 } province)
        {
            var either = new BooleanQuery();
            foreach (var name in ExpandProvince(Gazetteer.Find(province) ?? province))
            {
                either.Add(new TermQuery(new Term(SearchSchema.Province, name)), Occur.SHOULD);
            }

            filters.Add(either, Occur.MUST);
        }

        if (request.YearFrom is not null || request.YearTo is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(SearchSchema.Year, request.YearFrom, request.YearTo, true, true), Occur.MUST);
        }

        if (request.Type is { Length: > 0 } type)
        {
            filters.Add(new TermQuery(new Term(SearchSchema.Type, DocumentTypes.TypeOfWord(type) ?? type)), Occur.MUST);
        }

        if (request.Agency is { Length: > 0 } agency)
        {
            filters.Add(new TermQuery(new Term(SearchSchema.Agency, agency)), Occur.MUST);
        }

        if (request.Cites is { Length: > 0 } cites)
        {
            var symbol = cites.Contains('@') ? null : DocumentSymbol.TryParseAnyCase(cites);
            filters.Add(symbol is null ? new TermQuery(new Term(SearchSchema.Cites, cites)) : new TermQuery(new Term(SearchSchema.CitesSymbol, symbol.Official)), Occur.MUST);
        }

        if (request.SupersededOnly)
        {
            filters.Add(new TermQuery(new Term(SearchSchema.CitesSuperseded, "1")), Occur.MUST);
        }

        return filters;
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, HashSet<string> exact, HashSet<string> folded, UserQuery understood)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var body = doc.Get(SearchSchema.Body) ?? "";
        var date = doc.Get(SearchSchema.Date);
        var bound = doc.Get(SearchSchema.DateIsBound) == "1";
        return new SearchHit(doc.Get(SearchSchema.Id), doc.Get(SearchSchema.Title), doc.Get(SearchSchema.Symbol), doc.Get(SearchSchema.ProvinceThen),
            doc.Get(SearchSchema.ProvinceNow), bound ? null : date, float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            Snippets.Make(body, exact, folded, understood.Symbols), bound ? date : null);
    }

    /// <summary>The query as a message quotes it: at most 80 characters, never half a surrogate pair.</summary>
    private static string Quote(string query) =>
        query.Length <= 80 ? query : query[..(char.IsHighSurrogate(query[79]) ? 79 : 80)] + "…";

    /// <summary>
    /// A position in a result list, to ask for the page after it: the last hit's document number and
    /// score (and date), valid for the index version it was made on; a cursor from before a re-index
    /// would skip or repeat plans, so it is refused with a message.
    /// </summary>
    private static class Cursor
    {
        public static string Of(ScoreDoc last, SearchSort sort, long version) => last is FieldDoc field && sort == SearchSort.Date
            ? string.Create(CultureInfo.InvariantCulture, $"d.{version}.{field.Doc}.{field.Fields[0]}.{field.Score:R}")
            : string.Create(CultureInfo.InvariantCulture, $"r.{version}.{last.Doc}.{last.Score:R}");

        /// <summary>A cursor on a hit among the first, re-ranked ones: the next page is found by re-ranking them again.</summary>
        public static string InWindow(ScoreDoc last, long version) => string.Create(CultureInfo.InvariantCulture, $"w.{version}.{last.Doc}");

        public static ScoreDoc? Parse(string? cursor, SearchSort sort, long version, int maxDoc, out int? windowDoc, out string? problem)
        {
            problem = null;
            windowDoc = null;
            if (string.IsNullOrEmpty(cursor))
            {
                return null;
            }

            var inv = CultureInfo.InvariantCulture;
            bool Fits(string v, string d, out int doc) =>
                int.TryParse(d, NumberStyles.None, inv, out doc) && doc < maxDoc && long.TryParse(v, NumberStyles.None, inv, out var made) && made == version;

            if (sort == SearchSort.Date && cursor.Split('.', 5) is ["d", var v, var d, var date, var s]
                && long.TryParse(date, NumberStyles.AllowLeadingSign, inv, out var day) && float.TryParse(s, NumberStyles.Float, inv, out var ds) && Fits(v, d, out var dd))
            {
                return new FieldDoc(dd, ds, [J2N.Numerics.Int64.GetInstance(day), J2N.Numerics.Single.GetInstance(ds)]);
            }

            if (sort == SearchSort.Relevance && cursor.Split('.', 3) is ["w", var wv, var wd] && Fits(wv, wd, out var inWindow))
            {
                windowDoc = inWindow;
                return null;
            }

            if (sort == SearchSort.Relevance && cursor.Split('.', 4) is ["r", var rv, var r, var rs] && float.TryParse(rs, NumberStyles.Float, inv, out var score) && float.IsFinite(score) && Fits(rv, r, out var rd))
            {
                return new ScoreDoc(rd, score);
            }

            problem = $"the cursor \"{cursor}\" does not fit this search or the index changed since; showing the first page";
            return null;
        }
    }
}

/// <summary>The word pairs of an index a search may ask for (<see cref="SearchSchema.Pairs"/>).</summary>
internal enum WordPairs
{
    None,
    Folded,
    FoldedAndWritten,
}
