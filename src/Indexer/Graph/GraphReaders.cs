using System.Collections.Concurrent;

namespace DanVan.Graph;

/// <summary>
/// One graph for callers on many threads (the web server's requests and its background reads), read through several
/// openings of its file, each used by one thread at a time: a whole call (a plan, a document, a count) runs on the
/// caller's thread in the turn of the opening with the fewest callers; a stream is read, a chunk at a time, on the
/// thread that the opening keeps for its streams. Opened for queries: it takes no writes.
/// </summary>
/// <remarks>
/// LiteDB 5.0.20 cannot take two things at once from one opening, even two reads (its page cache can hand a page being
/// read to another read: wrong citation lists in a test), and a query must end on the thread that began it (its read lock
/// belongs to that thread: a query that a CSV export's awaits carried to another thread left the first unable to query
/// ever again, "Recursive read lock acquisitions not allowed in this mode"). Streams are handed to a thread of the
/// opening's because the caller's enumeration may wander from thread to thread; whole calls are not, because each hand-over
/// waits for two threads to be woken: a document's page made fifteen of them, and a load of such pages ran at half speed.
/// </remarks>
public sealed class GraphReaders : ICitationGraph
{
    // Rows of a stream read in one hand-over. Most pages want at most 500 (GraphQueries.DefaultMaxMentions): one. Not more:
    // a chunk holds its opening from every other caller, and chunks growing to 4,096 rows for two CSV exports took the
    // load's p99 from 326 to 446 ms (bench/web-load.sh with graph-mix.lua at 1M plans).
    private const int Chunk = 512;

    [ThreadStatic]
    private static Reader? current; // the opening whose stream thread this is, if any

    private readonly Reader[] readers;
    private readonly Lock closing = new();
    private volatile bool closed;

    /// <summary>Takes the openings of one graph, which it owns from now on (and closes), and starts a stream thread for each.</summary>
    public GraphReaders(IReadOnlyList<ICitationGraph> openings)
    {
        ArgumentOutOfRangeException.ThrowIfZero(openings.Count);
        readers = [.. openings.Select((graph, i) => new Reader(this, graph, i))];
    }

    /// <summary>One opening, its turn, and the thread that reads its streams.</summary>
    private sealed class Reader
    {
        private readonly Thread thread;
        private int callers;
        private int streams;

        public Reader(GraphReaders owner, ICitationGraph graph, int number)
        {
            (Owner, Graph) = (owner, graph);
            thread = new Thread(Serve) { IsBackground = true, Name = $"DanVan graph {number + 1}" };
            thread.Start();
        }

        public ICitationGraph Graph { get; }

        /// <summary>Held by whoever uses the opening: a caller's thread for a whole call, the stream thread for a chunk.</summary>
        public Lock Turn { get; } = new();

        /// <summary>Chunks for this opening only: those of the streams it began, and their ends.</summary>
        public BlockingCollection<Action> Own { get; } = new();

        /// <summary>True once the opening is closed (set in its turn).</summary>
        public bool Closed { get; set; }

        /// <summary>Calls waiting for the opening or in it.</summary>
        public int Callers => Volatile.Read(ref callers);

        /// <summary>
        /// Streams begun and not yet ended: each holds one of LiteDB's hundred transactions of the opening until then (a
        /// CSV export, as long as its client reads).
        /// </summary>
        public int Streams => Volatile.Read(ref streams);

        public void StreamBegun() => Interlocked.Increment(ref streams);

        public void StreamEnded() => Interlocked.Decrement(ref streams);

        /// <summary>The readers it belongs to (a stream thread's call back to other readers is not theirs to answer inline).</summary>
        public GraphReaders Owner { get; }

        /// <summary>Counts a caller in until the result is disposed.</summary>
        public Counted Count() => new(this);

        public readonly struct Counted : IDisposable
        {
            private readonly Reader reader;

            public Counted(Reader reader)
            {
                this.reader = reader;
                Interlocked.Increment(ref reader.callers);
            }

            public void Dispose() => Interlocked.Decrement(ref reader.callers);
        }

        private void Serve()
        {
            current = this;
            foreach (var work in Own.GetConsumingEnumerable())
            {
                lock (Turn)
                {
                    work();
                }
            }
        }

        public void Join()
        {
            if (Thread.CurrentThread != thread)
            {
                thread.Join();
            }
        }
    }

    /// <summary>Runs a whole call here, in the turn of the opening with the fewest callers.</summary>
    private T On<T>(Func<ICitationGraph, T> call)
    {
        if (current is { } here && here.Owner == this)
        {
            return InTurn(here, call); // a call back from a stream's work (a predicate): its opening's turn is held already
        }

        ObjectDisposedException.ThrowIf(closed, this);
        var reader = Least();
        using (reader.Count())
        {
            lock (reader.Turn)
            {
                return InTurn(reader, call);
            }
        }
    }

    /// <summary>
    /// The opening with the fewest callers; of those, the first. A caller alone always reads through the first opening,
    /// whose caches it has warmed: taken in turn, the openings each read the pages again (graph p99 38 ms at 1M, not 18).
    /// An opening with <see cref="ManyStreams"/> streams open is passed over while another has fewer.
    /// </summary>
    private Reader Least()
    {
        Reader? least = null;
        foreach (var reader in readers)
        {
            if (reader.Streams < ManyStreams && (least is null || reader.Callers < least.Callers))
            {
                least = reader;
            }
        }

        return least ?? readers.MinBy(r => r.Streams)!;
    }

    // Each open stream holds one of LiteDB's hundred transactions of its opening (a CSV export, as long as its client
    // reads). Counted in every choice, the two exports of a load run went to both openings and the load ran at 276
    // requests/s, not 329-337: only an opening near the limit is avoided.
    private const int ManyStreams = 50;

    private T InTurn<T>(Reader reader, Func<ICitationGraph, T> call)
    {
        ObjectDisposedException.ThrowIf(reader.Closed, this);
        return call(reader.Graph);
    }

    /// <summary>Runs <paramref name="call"/> on the stream thread of <paramref name="on"/> (null: of the opening with the fewest callers) and waits; what it throws is thrown here.</summary>
    private T OnStreamThread<T>(Func<ICitationGraph, T> call, Reader? on)
    {
        if (current is { } here && here.Owner == this)
        {
            // Work on an opening's stream thread waiting for another's would hold its turn meanwhile: two such waits, each
            // for the other, would never end. None is made (the callbacks are predicates); one would fail here, not hang.
            return on is null || on == here ? InTurn(here, call)
                : throw new InvalidOperationException("a stream of one opening of the graph was read from the work of another");
        }

        ObjectDisposedException.ThrowIf(closed, this);
        on ??= Least();
        using var counted = on.Count();
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            on.Own.Add(() =>
            {
                try
                {
                    answer.SetResult(InTurn(current!, call)); // asked before the graph closed, refused if answered after
                }
                catch (Exception e)
                {
                    answer.SetException(e);
                }
            });
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(GraphReaders)); // closed meanwhile: no more calls are taken
        }

        return answer.Task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// A stream opened on the stream thread of the opening with the fewest callers and read there, a chunk per turn, its
    /// enumerator disposed there when the caller's is (a caller that stops early, or whose client went away, ends the query).
    /// </summary>
    private IEnumerable<T> Stream<T>(Func<ICitationGraph, IEnumerable<T>> open)
    {
        (Reader Reader, IEnumerator<T> Rows)? source = null;
        var ended = false;
        try
        {
            while (true)
            {
                var chunk = OnStreamThread(g =>
                {
                    if (source is null)
                    {
                        source = (current!, open(g).GetEnumerator());
                        current!.StreamBegun();
                    }

                    var read = new List<T>(Chunk);
                    while (read.Count < Chunk && source.Value.Rows.MoveNext())
                    {
                        read.Add(source.Value.Rows.Current);
                    }

                    if (read.Count < Chunk)
                    {
                        // Read to its end: the query ends now, not when the caller is done with the rows.
                        ended = true;
                        source.Value.Rows.Dispose();
                        source.Value.Reader.StreamEnded();
                    }

                    return read;
                }, source?.Reader);
                foreach (var item in chunk)
                {
                    yield return item;
                }

                if (chunk.Count < Chunk)
                {
                    yield break;
                }
            }
        }
        finally
        {
            if (source is { } begun && !ended)
            {
                try
                {
                    OnStreamThread(_ =>
                    {
                        begun.Rows.Dispose();
                        return true;
                    }, begun.Reader);
                }
                catch (ObjectDisposedException)
                {
                    // The graph closed meanwhile, and its queries with it.
                }
                finally
                {
                    begun.Reader.StreamEnded();
                }
            }
        }
    }

    private static T Refused<T>() => throw new InvalidOperationException("the graph is opened for queries here; index with `danvan index`");

    /// <inheritdoc/>
    public IEnumerable<string> PlanIds() => Stream(g => g.PlanIds());

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> AllPlans() => Stream(g => g.AllPlans());

    /// <inheritdoc/>
    public IReadOnlyList<PlanRecord> PlansAfter(string? after, int count) => On(g => g.PlansAfter(after, count));

    /// <inheritdoc/>
    public int PlanCount => On(g => g.PlanCount);

    /// <inheritdoc/>
    public int PlansIn(string? province) => On(g => g.PlansIn(province));

    /// <inheritdoc/>
    public bool Outdated => On(g => g.Outdated);

    /// <inheritdoc/>
    public void ResolveAgainIfOlder() => _ = Refused<bool>();

    /// <inheritdoc/>
    public int CompleteAmbiguousRows(Action? starting = null) => Refused<int>();

    /// <inheritdoc/>
    public int CountPlansOnce(Action? starting = null) => Refused<int>();

    /// <inheritdoc/>
    public void Reset() => _ = Refused<bool>();

    /// <inheritdoc/>
    public long Generation => On(g => g.Generation);

    /// <inheritdoc/>
    public void Write(IReadOnlyList<PlanRecord> plans, IReadOnlyList<CitationRecord> citations, IReadOnlyList<string> removed, long generation,
        IReadOnlySet<string>? stored = null, Action? beforeCommit = null) => _ = Refused<bool>();

    /// <inheritdoc/>
    public void Touch(IReadOnlyList<PlanRecord> plans) => _ = Refused<bool>();

    /// <inheritdoc/>
    public bool Dirty => On(g => g.Dirty);

    /// <inheritdoc/>
    public int Reresolve(Func<UndatedRow, (string? Key, string State, string[] Candidates)> resolve, Func<string, bool>? settled = null) => Refused<int>();

    /// <inheritdoc/>
    public IEnumerable<string> SearchPendingPlans() => Stream(g => g.SearchPendingPlans());

    /// <inheritdoc/>
    public bool SearchPendingAll => On(g => g.SearchPendingAll);

    /// <inheritdoc/>
    public void SearchCaughtUp(IReadOnlyList<string> plans, long generation) => _ = Refused<bool>();

    /// <inheritdoc/>
    public void AllSearchCaughtUp(long generation) => _ = Refused<bool>();

    /// <inheritdoc/>
    public DocumentRecord? Document(string key) => On(g => g.Document(key));

    /// <inheritdoc/>
    public IEnumerable<DocumentRecord> DocumentsWithSymbol() => Stream(g => g.DocumentsWithSymbol());

    /// <inheritdoc/>
    public IEnumerable<(string Key, int Citations)> SymbolKeys() => Stream(g => g.SymbolKeys());

    /// <inheritdoc/>
    public RegistrySnapshot? Registry() => On(g => g.Registry());

    /// <inheritdoc/>
    public void StoreRegistry(RegistrySnapshot snapshot, IReadOnlyList<(string Key, DocumentFacts Facts)> entries) => _ = Refused<bool>();

    /// <inheritdoc/>
    public IEnumerable<string> DocumentKeysWithSymbol(string symbol) => Stream(g => g.DocumentKeysWithSymbol(symbol));

    /// <inheritdoc/>
    public PlanRecord? Plan(string id) => On(g => g.Plan(id));

    /// <inheritdoc/>
    public bool HasPlanKey(string key) => On(g => g.HasPlanKey(key));

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> PlansWithSymbol(string symbol) => Stream(g => g.PlansWithSymbol(symbol));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsOf(string plan) => Stream(g => g.CitationsOf(plan));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsTo(string key) => Stream(g => g.CitationsTo(key));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsToSymbol(string symbol, int? year) => Stream(g => g.CitationsToSymbol(symbol, year));

    /// <inheritdoc/>
    public IEnumerable<AmbiguousRow> AmbiguousMentions(string symbol, Func<AmbiguousRow, bool>? where = null) => Stream(g => g.AmbiguousMentions(symbol, where));

    /// <inheritdoc/>
    public IEnumerable<FindingCount> FindingCounts() => Stream(g => g.FindingCounts());

    /// <inheritdoc/>
    public IEnumerable<FindingRecord> Findings(string from, string to) => Stream(g => g.Findings(from, to));

    /// <inheritdoc/>
    public int CountFindings(string from, string to) => On(g => g.CountFindings(from, to));

    /// <inheritdoc/>
    public bool FindingsPendingAll => On(g => g.FindingsPendingAll);

    /// <inheritdoc/>
    public void RebuildFindings() => _ = Refused<bool>();

    /// <inheritdoc/>
    public IEnumerable<string> CandidateKeys(string symbol, string? province) => Stream(g => g.CandidateKeys(symbol, province));

    /// <summary>Closes every opening on its thread once the calls asked before are answered; later calls are refused (ObjectDisposedException).</summary>
    public void Dispose()
    {
        lock (closing)
        {
            if (closed)
            {
                return;
            }

            closed = true;
        }

        var failed = new ConcurrentQueue<Exception>(); // thrown here: on a stream thread, it would end the process
        foreach (var reader in readers)
        {
            reader.Own.Add(() =>
            {
                reader.Closed = true;
                try
                {
                    reader.Graph.Dispose();
                }
                catch (Exception e)
                {
                    failed.Enqueue(e);
                }
            });
            reader.Own.CompleteAdding();
        }

        foreach (var reader in readers)
        {
            reader.Join();
        }

        if (failed.TryPeek(out var first))
        {
            if (failed.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }

            throw new AggregateException("closing the graph", failed);
        }
    }
}
