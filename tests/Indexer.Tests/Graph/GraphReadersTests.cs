using DanVan.Graph;

namespace DanVan.Tests.Graph;

/// <summary>The graph as the web server reads it: from many threads at once, streams carried from thread to thread.</summary>
public sealed class GraphReadersTests : IDisposable
{
    private const int Plans = 6_000;
    private const int Directives = 200;
    private readonly string data = Directory.CreateTempSubdirectory("danvan-readers-").FullName;

    public GraphReadersTests()
    {
        // Plans citing three directives each, with sentences long enough that the file is several times LiteDB's page cache.
        using var graph = LiteDbCitationGraph.Open(data);
        for (var batch = 0; batch < Plans / 2_000; batch++)
        {
            var plans = Enumerable.Range(batch * 2_000, 2_000).Select(i => new PlanRecord
            {
                Id = $"p{i:00000}.txt",
                Hash = "h",
                Symbol = $"{i}/KH-UBND",
                Key = $"{i}/KH-UBND@2020@Gia Lai",
                Year = 2020,
                Province = "Gia Lai",
                Citations = 3,
                FirstCitation = 1 + (i * 3),
            }).ToList();
            var edges = plans.SelectMany((p, i) => Enumerable.Range(0, 3).Select(k => new CitationRecord
            {
                Plan = p.Id,
                Key = $"{Directive(batch * 2_000 + i, k)}/CT-TTg@2016",
                Symbol = $"{Directive(batch * 2_000 + i, k)}/CT-TTg",
                Type = "Chỉ thị",
                Start = k * 10,
                End = (k * 10) + 9,
                Text = "Chỉ thị",
                Sentence = new string('s', 400),
                PlanProvince = "Gia Lai",
                PlanYear = 2020,
            })).ToList();
            graph.Write(plans, edges, [], batch + 1);
        }

        // And one plan whose two mentions of 1/CT-TTg could mean two documents.
        graph.Write([new PlanRecord { Id = "ambiguous.txt", Hash = "h", Symbol = "9/KH-BCĐ", Citations = 2, FirstCitation = 1 + (Plans * 3) }],
            [.. Enumerable.Range(0, 2).Select(k => new CitationRecord
            {
                Plan = "ambiguous.txt", Symbol = "1/CT-TTg", Type = "Chỉ thị", Start = k, End = k + 1, Candidates = ["1/CT-TTg@2016", "1/CT-TTg@2020"],
            })], [], Plans / 2_000 + 1);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void AStreamBegunOnOneThreadAndEndedOnAnotherLeavesBothAbleToRead()
    {
        // A CSV export reads a stream across awaits: the thread that began it may not be the one that ends it. Read
        // straight from LiteDB, the first thread then failed every later query ("Recursive read lock acquisitions not allowed").
        using var graph = Readers();
        var results = new List<string>();
        var first = new Thread(() =>
        {
            using var citations = graph.CitationsTo("7/CT-TTg@2016").GetEnumerator();
            citations.MoveNext();
            var second = new Thread(() =>
            {
                var rest = 1;
                while (citations.MoveNext())
                {
                    rest++;
                }

                results.Add($"read {rest}");
            });
            second.Start();
            second.Join();
            results.Add($"then {graph.CitationsTo("7/CT-TTg@2016").Count()} again, and {graph.Plan("p00007.txt")?.Id}");
        });
        first.Start();
        first.Join();

        var cited = Expected(7).Count;
        Assert.Equal([$"read {cited}", $"then {cited} again, and p00007.txt"], results);
    }

    [Fact]
    public void ManyThreadsReadingAtOnceGetWhatOneThreadReads()
    {
        // Straight from LiteDB, four threads reading like this got a wrong list of citations a few times in 5 s: its page
        // cache gave a page one read had just found to another read, which filled it with another page.
        using var graph = Readers(LiteDbCitationGraph.OpenToRead(data));
        var expected = Enumerable.Range(0, Directives).Select(Expected).ToList();
        var stop = DateTime.UtcNow.AddSeconds(3);
        var readers = Enumerable.Range(0, 4).Select(t => Task.Factory.StartNew(() =>
        {
            var (random, reads, wrong) = (new Random(t), 0, new List<string>());
            while (DateTime.UtcNow < stop)
            {
                var n = random.Next(Directives);
                if (!graph.CitationsTo($"{n}/CT-TTg@2016").Select(c => c.Plan).Order(StringComparer.Ordinal).SequenceEqual(expected[n]))
                {
                    wrong.Add($"{n}/CT-TTg@2016");
                }

                var plan = random.Next(Plans);
                if (graph.Plan($"p{plan:00000}.txt")?.Symbol != $"{plan}/KH-UBND")
                {
                    wrong.Add($"p{plan:00000}.txt");
                }

                if (graph.Document($"{plan}/KH-UBND@2020@Gia Lai")?.Symbol != $"{plan}/KH-UBND")
                {
                    wrong.Add($"{plan}/KH-UBND@2020@Gia Lai");
                }

                reads++;
            }

            return (reads, wrong);
        }, TaskCreationOptions.LongRunning)).ToList(); // threads of their own: four blocked pool threads waited for a fifth

        Assert.All(readers, r => Assert.Empty(r.Result.wrong));
        Assert.All(readers, r => Assert.True(r.Result.reads > 10, $"only {r.Result.reads} reads in 3 s"));
    }

    [Fact]
    public async Task NoOpeningIsUsedByTwoThreadsAtOnceAndEveryOpeningIsUsed()
    {
        // Each call held a millisecond inside the opening: two threads in one opening at once would be seen.
        var openings = new[] { OneAtATime.Over(LiteDbCitationGraph.Open(data)), OneAtATime.Over(LiteDbCitationGraph.OpenToRead(data)) };
        using var graph = new GraphReaders([.. openings.Select(o => o.Graph)]);
        var callers = Enumerable.Range(0, 6).Select(t => Task.Factory.StartNew(() =>
        {
            for (var i = 0; i < 40; i++)
            {
                var plan = (t * 1_000) + i;
                Assert.Equal($"{plan}/KH-UBND", graph.Document($"{plan}/KH-UBND@2020@Gia Lai")?.Symbol);
                Assert.Equal(Expected(plan % Directives), graph.CitationsTo($"{plan % Directives}/CT-TTg@2016").Select(c => c.Plan).Order(StringComparer.Ordinal));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(callers);

        Assert.All(openings, o => Assert.Equal(0, o.Overlaps));
        Assert.All(openings, o => Assert.True(o.Calls > 20, $"an opening answered only {o.Calls} of 480 calls"));
    }

    [Fact]
    public void AnOpeningWithManyStreamsOpenIsPassedOver()
    {
        // An open stream holds one of LiteDB's hundred transactions of its opening (a CSV export, as long as its client
        // reads): fifty open on the first, the next stream and the next call go to the second.
        var openings = new[] { OneAtATime.Over(LiteDbCitationGraph.Open(data)), OneAtATime.Over(LiteDbCitationGraph.OpenToRead(data)) };
        using var graph = new GraphReaders([.. openings.Select(o => o.Graph)]);
        var open = Enumerable.Range(0, 51).Select(_ => graph.PlanIds().GetEnumerator()).ToList();
        Assert.All(open, ids => Assert.True(ids.MoveNext()));
        Assert.NotNull(graph.Plan("p00001.txt"));
        Assert.Equal([50, 2], openings.Select(o => o.Calls));

        // A stream read to its end in its first chunk (a directive's 90 citations) ends its query then: it counts no more.
        open[0].Dispose();
        using (var whole = graph.CitationsTo("3/CT-TTg@2016").GetEnumerator())
        {
            Assert.True(whole.MoveNext()); // the first has 49 open: its turn
            Assert.NotNull(graph.Plan("p00002.txt")); // the first again, not passed over as with 50
        }

        Assert.Equal([52, 2], openings.Select(o => o.Calls));
        open.ForEach(ids => ids.Dispose());
    }

    [Fact]
    public void AStreamLeftEarlyEndsItsQueryAndACallbackMayReadTheGraph()
    {
        using var graph = Readers();

        // Five of a long stream, twice over: each stream's query ends when its enumerator is disposed, on the graph's thread.
        var whole = graph.CitationsTo("3/CT-TTg@2016").Select(c => c.Plan).ToList();
        Assert.Equal(Expected(3), whole.Order(StringComparer.Ordinal));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(whole.Take(5), graph.CitationsTo("3/CT-TTg@2016").Take(5).Select(c => c.Plan));
        }

        // A predicate runs on the graph's thread; when it reads the graph in turn, the read is made there, not queued behind itself.
        Assert.Equal(2, graph.AmbiguousMentions("1/CT-TTg", r => graph.Plan(r.Plan)?.Symbol == "9/KH-BCĐ").Count());

        // What a call throws on the graph's thread is thrown to the caller as it was.
        var thrown = Assert.Throws<FormatException>(() => graph.AmbiguousMentions("1/CT-TTg", _ => throw new FormatException("from the predicate")).ToList());
        Assert.Equal("from the predicate", thrown.Message);
    }

    [Fact]
    public void ClosingRefusesLaterCallsAndEndsTheStreamsLeftOpen()
    {
        var graph = Readers();
        var open = graph.CitationsTo("5/CT-TTg@2016").GetEnumerator();
        Assert.True(open.MoveNext());

        graph.Dispose();
        graph.Dispose(); // twice: nothing more to do

        Assert.Throws<ObjectDisposedException>(() => graph.Plan("p00001.txt"));
        Assert.Throws<ObjectDisposedException>(() => graph.CitationsTo("5/CT-TTg@2016").First());
        open.Dispose(); // its query closed with the graph: nothing to end, nothing thrown

        // An opening that fails to close (a disk gone): its failure reaches the one who closes, not the stream thread.
        var failing = FailsToClose.Over(LiteDbCitationGraph.OpenToRead(data));
        var thrown = Assert.Throws<IOException>(new GraphReaders([failing]).Dispose);
        Assert.Equal("the disk is gone", thrown.Message);

        // The file was closed whole: it opens again, as written.
        using var again = LiteDbCitationGraph.Open(data);
        Assert.Equal(Plans + 1, again.PlanIds().Count());
    }

    [Fact]
    public void OpeningsToReadChangeNothingAndTheReadersTakeNoWrites()
    {
        var before = Hashes();
        using (var graph = Readers(LiteDbCitationGraph.OpenToRead(data), LiteDbCitationGraph.OpenToRead(data)))
        {
            Assert.Equal(Plans + 1, graph.PlanIds().Count());
            Assert.Equal(Expected(11), graph.CitationsTo("11/CT-TTg@2016").Select(c => c.Plan).Order(StringComparer.Ordinal));
            var refused = Assert.Throws<InvalidOperationException>(() => graph.Write([], [], ["p00001.txt"], 99));
            Assert.Contains("opened for queries", refused.Message, StringComparison.Ordinal);
            Assert.NotNull(graph.Plan("p00001.txt"));
        }

        Assert.Equal(before, Hashes());

        // Beside a writable opening, a reader opened after a checkpoint sees what was written before it (without one, it
        // did not always: LiteDB's commit returns before its writer queue has written the log).
        using var writable = LiteDbCitationGraph.Open(data);
        writable.Write([new PlanRecord { Id = "later.txt", Hash = "h" }], [], [], 10);
        writable.Checkpoint();
        using var reader = LiteDbCitationGraph.OpenToRead(data);
        Assert.NotNull(reader.Plan("later.txt"));
    }

    /// <summary>An opening that counts its calls, and the calls made while another was inside it.</summary>
    public class OneAtATime : System.Reflection.DispatchProxy
    {
        private ICitationGraph inner = null!;
        private int inside;
        private int overlaps;
        private int calls;

        public ICitationGraph Graph => (ICitationGraph)(object)this;

        public int Overlaps => overlaps;

        public int Calls => calls;

        public static OneAtATime Over(ICitationGraph graph)
        {
            var proxy = (OneAtATime)(object)Create<ICitationGraph, OneAtATime>();
            proxy.inner = graph;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            Interlocked.Increment(ref calls);
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            try
            {
                Thread.Sleep(1);
                return method!.Invoke(inner, args);
            }
            finally
            {
                Interlocked.Decrement(ref inside);
            }
        }
    }

    /// <summary>An opening whose closing throws, after closing the one it stands for.</summary>
    public class FailsToClose : System.Reflection.DispatchProxy
    {
        private ICitationGraph inner = null!;

        public static ICitationGraph Over(ICitationGraph graph)
        {
            var proxy = Create<ICitationGraph, FailsToClose>();
            ((FailsToClose)(object)proxy).inner = graph;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            var result = method!.Invoke(inner, args);
            return method.Name == nameof(IDisposable.Dispose) ? throw new IOException("the disk is gone") : result;
        }
    }

    private GraphReaders Readers(params ICitationGraph[] more) => new([LiteDbCitationGraph.Open(data), .. more]);

    private string[] Hashes() => [.. Directory.GetFiles(data).Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}")];

    private static int Directive(int plan, int k) => ((plan * 7) + (k * 61)) % Directives;

    /// <summary>The plans citing directive <paramref name="n"/>, in the ordinal order of their Ids.</summary>
    private static List<string> Expected(int n) =>
        [.. Enumerable.Range(0, Plans).SelectMany(i => Enumerable.Range(0, 3).Where(k => Directive(i, k) == n).Select(_ => $"p{i:00000}.txt"))];
}
