using System.CommandLine;
using DanVan.Places;
using DanVan.Queries;

namespace DanVan.Cli;

/// <summary>The `danvan` command line: wiring only; each command lives in its own file.</summary>
public static class DanVanCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.OpenStandardInput);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>, with standard input opened by <paramref name="input"/> (`check -`).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> input)
    {
        var root = new RootCommand("DanVan: citations, knowledge base and search for Vietnamese government plans.");
        root.Add(Extract(output, error));
        root.Add(Index(output, error));
        root.Add(Search(output, error));
        root.Add(Cites(output, error));
        root.Add(Refs(output, error));
        root.Add(Doc(output, error));
        root.Add(Stale(output, error));
        root.Add(Provinces(output, error));
        root.Add(Check(output, error, input));
        root.Add(Bench(output, error));
        root.Add(BenchSearch(output, error));
        root.Add(BenchQuery(output, error));
        root.Add(BenchIngest(output, error));
        root.Add(Generate(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, permission denied, a file locked by another program: the system's own words name it.
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("DANVAN_DEBUG") is null)
        {
            // Every expected problem has its own message; this is a bug. One line, not a stack trace.
            error.WriteLine($"danvan: unexpected error ({e.GetType().Name}: {e.Message}); please report it with the command you ran (DANVAN_DEBUG=1 shows the details)");
            return 3;
        }
    }

    private static Command Extract(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Plan files to read (.txt, .md, .html, .htm, .pdf, .docx)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per file (an array for several files)." };
        var command = new Command("extract", "List the documents each plan cites, with type, symbol, date, issuer and span.") { files, json };
        command.SetAction(result => ExtractCommand.Run(result.GetValue(files) ?? [], result.GetValue(json), output, error));
        return command;
    }

    private static Command Index(TextWriter output, TextWriter error)
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "Folder of plans (and registry/).", DefaultValueFactory = _ => "corpus" };
        var data = DataOption();
        var json = new Option<bool>("--json") { Description = "Print the summary as a JSON object." };
        var batch = new Option<int>("--batch") { Description = "Plans per commit (at most; a commit also comes every 32 MB). Smaller loses less to a kill, larger indexes faster.", DefaultValueFactory = _ => Pipeline.Batch.DefaultPlans };
        var command = new Command("index", "Index the corpus into the citation graph (incremental: only new and changed files are read).") { corpus, data, json, batch };
        command.SetAction(result => IndexCommand.Run(result.GetValue(corpus)!, result.GetValue(data)!, result.GetValue(json), output, error, result.GetValue(batch)));
        return command;
    }

    private static Command Search(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("QUERY") { Description = "Words with or without diacritics, \"quoted phrases\", symbols (16/CT-TTg, QĐ 290)." };
        var province = new Option<string?>("--province") { Description = "Plans of this province (either name)." };
        var from = new Option<int?>("--year-from") { Description = "Plans of this year or later." };
        var to = new Option<int?>("--year-to") { Description = "Plans of this year or earlier." };
        var type = new Option<string?>("--type") { Description = "Document type (Kế hoạch, Quyết định, …)." };
        var agency = new Option<string?>("--agency") { Description = "Issuing agency, as shown in results." };
        var cites = new Option<string?>("--cites") { Description = "Plans citing this document key or symbol." };
        var superseded = new Option<bool>("--superseded") { Description = "Only plans citing a superseded document." };
        var sort = new Option<string>("--sort") { Description = "relevance or date.", DefaultValueFactory = _ => "relevance" };
        var page = new Option<int>("--page") { Description = "Page number.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Results per page (at most 100).", DefaultValueFactory = _ => 10 };
        var cursor = new Option<string?>("--cursor") { Description = "Continue after the cursor a previous page gave." };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("search", "Search plans by text or by the documents they cite.")
            { query, province, from, to, type, agency, cites, superseded, sort, page, size, cursor, data, json };
        command.SetAction(r =>
        {
            var order = r.GetValue(sort);
            if (order is not ("relevance" or "date"))
            {
                error.WriteLine($"danvan: --sort \"{order}\" is not relevance or date");
                return 2;
            }

            var request = new DanVan.Search.SearchRequest(r.GetValue(query)!, r.GetValue(province), r.GetValue(from), r.GetValue(to), r.GetValue(type),
                r.GetValue(agency), r.GetValue(cites), r.GetValue(superseded), order == "date" ? DanVan.Search.SearchSort.Date : DanVan.Search.SearchSort.Relevance,
                r.GetValue(page), Math.Clamp(r.GetValue(size), 1, 100), r.GetValue(cursor));
            return SearchCommand.Run(request, r.GetValue(data)!, r.GetValue(json), output, error);
        });
        return command;
    }

    private static Command Cites(TextWriter output, TextWriter error)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "A document symbol: 16/CT-TTg, 114-KL/TW, 04/2015/NĐ-CP." };
        var year = new Option<int?>("--year") { Description = "Only the document of this year." };
        var province = new Option<string?>("--province") { Description = "Only plans of this province (its name before or after the 2025 merger)." };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("cites", "The plans citing a document, by province and year, with the sentence of each citation.") { symbol, year, province, data, json };
        command.SetAction(r => QueryCommands.Run(r.GetValue(data)!, r.GetValue(json), output, error,
            q => q.Cites(r.GetValue(symbol)!, r.GetValue(year), r.GetValue(province)), QueryCommands.Cites));
        return command;
    }

    private static Command Refs(TextWriter output, TextWriter error)
    {
        var plan = new Argument<string>("PLAN") { Description = "A plan: its path relative to the corpus folder, or its number." };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("refs", "What a plan cites, each with its resolved status.") { plan, data, json };
        command.SetAction(r => QueryCommands.Run(r.GetValue(data)!, r.GetValue(json), output, error, q => q.Refs(r.GetValue(plan)!), QueryCommands.Refs));
        return command;
    }

    private static Command Doc(TextWriter output, TextWriter error)
    {
        var key = new Argument<string>("KEY") { Description = "A document key (290-QĐ/TW@2010) or a symbol that names one document." };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("doc", "All we know about a document: registry facts, replacements, citing plans, variants seen.") { key, data, json };
        command.SetAction(r => QueryCommands.Run(r.GetValue(data)!, r.GetValue(json), output, error, q => q.Doc(r.GetValue(key)!), QueryCommands.Doc));
        return command;
    }

    private static Command Stale(TextWriter output, TextWriter error)
    {
        var after = new Option<string?>("--after") { Description = "Only plans dated on or after this day (YYYY-MM-DD)." };
        var province = new Option<string?>("--province") { Description = "Only plans of this province (its name before or after the 2025 merger)." };
        var year = new Option<int?>("--year") { Description = "Only plans of this year." };
        var verdict = new Option<string?>("--verdict") { Description = "Only findings with this verdict: stale, before or undetermined." };
        var all = new Option<bool>("--all") { Description = $"List every finding (by default the first {GraphQueries.DefaultMaxMentions}; the counts are always whole)." };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("stale", "Plans citing superseded documents: stale, before replacement, or undetermined.") { after, province, year, verdict, all, data, json };
        command.SetAction(r =>
        {
            var text = r.GetValue(after);
            DateOnly? day = null;
            if (text is not null)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    error.WriteLine($"danvan: --after \"{text}\" is not a date (YYYY-MM-DD)");
                    return 2;
                }

                day = parsed;
            }

            var named = r.GetValue(verdict);
            var only = named?.ToLowerInvariant() switch
            {
                "stale" => StaleVerdict.Stale,
                "before" or "beforereplacement" => StaleVerdict.BeforeReplacement,
                "undetermined" => StaleVerdict.Undetermined,
                _ => (StaleVerdict?)null,
            };
            if (named is not null && only is null)
            {
                error.WriteLine($"danvan: --verdict \"{named}\" is not a verdict (stale, before or undetermined)");
                return 2;
            }

            // A province as written, with or without accents ("khanh hoa"); one that is none is said so, not answered with 0 findings.
            var place = r.GetValue(province);
            var official = place is null ? null : Gazetteer.Find(place);
            if (place is not null && official is null)
            {
                error.WriteLine($"danvan: --province \"{place}\" is not a province (its name before or after the 2025 merger, accents optional)");
                return 2;
            }

            return QueryCommands.Run(r.GetValue(data)!, r.GetValue(json), output, error,
                q => (r.GetValue(all) ? q.Listing(int.MaxValue) : q).Stale(day, official, r.GetValue(year), only), QueryCommands.Stale);
        });
        return command;
    }

    private static Command Provinces(TextWriter output, TextWriter error)
    {
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("provinces", "Plan counts per province, by its name before and after the 2025 merger.") { data, json };
        command.SetAction(r => QueryCommands.Run(r.GetValue(data)!, r.GetValue(json), output, error, q => q.Provinces(), QueryCommands.Provinces));
        return command;
    }

    private static Command Check(TextWriter output, TextWriter error, Func<Stream> input)
    {
        var file = new Argument<string>("FILE") { Description = "The draft (.txt, UTF-8), or - to read it from standard input." };
        var registry = new Option<string>("--registry") { Description = "Registry folder used when the data folder has no index yet.", DefaultValueFactory = _ => CheckCommand.DefaultRegistry };
        var (data, json) = (DataOption(), JsonOption());
        var command = new Command("check", "Check every reference of a draft: superseded, wrong date, issuer or type word, malformed, unknown, ambiguous.")
            { file, data, registry, json };
        command.SetAction(r => CheckCommand.Run(r.GetValue(file)!, r.GetValue(data)!, r.GetValue(registry)!, r.GetValue(json), output, error, input));
        return command;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "The same data as JSON." };

    internal static Option<string> DataOption() =>
        new("--data") { Description = "Data folder of the citation graph.", DefaultValueFactory = _ => IndexCommand.DefaultData };

    private static Command Generate(TextWriter output, TextWriter error)
    {
        var plans = new Option<int?>("--plans") { Description = "Number of plans to generate (required)." };
        var target = new Option<string?>("--out") { Description = "Output folder, new or empty (required): corpus/NNN/NNNNNN.txt, corpus/registry/, gold.jsonl." };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same files, byte for byte.", DefaultValueFactory = _ => 1 };
        var registry = new Option<string>("--registry") { Description = "Registry folder cited from and copied into the corpus.", DefaultValueFactory = _ => GenerateCommand.DefaultRegistry };
        var command = new Command("generate", "Generate a realistic synthetic corpus of plans with gold citations (deterministic).") { plans, target, seed, registry };
        command.SetAction(r => GenerateCommand.Run(r.GetValue(plans), r.GetValue(target), r.GetValue(seed), r.GetValue(registry)!, output, error));
        return command;
    }

    private static Command BenchIngest(TextWriter output, TextWriter error)
    {
        var folders = new Argument<string[]>("FOLDER")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Folders of files in any supported format.",
            DefaultValueFactory = _ => ["corpus", Path.Combine("tests", "Indexer.Tests", "Ingest", "Fixtures")],
        };
        var seconds = new Option<double>("--seconds") { Description = "Seconds of reading per format.", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("bench-ingest", "Measure ingestion throughput per format (MB/s, files/s, pages/s for PDF).") { folders, seconds, json };
        command.SetAction(result => IngestBenchCommand.Run(result.GetValue(folders) ?? [], result.GetValue(seconds), result.GetValue(json), output, error));
        return command;
    }

    private static Command Bench(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of .txt plans to repeat.", DefaultValueFactory = _ => "corpus" };
        var megabytes = new Option<int>("--mb") { Description = "Megabytes of text to extract from.", DefaultValueFactory = _ => 50 };
        var threads = new Option<int>("--threads") { Description = "Worker threads; 0 = all cores.", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Timed runs; the median is reported.", DefaultValueFactory = _ => 5 };
        var files = new Option<int>("--files") { Description = "Read only this many plans, a fixed sample of the corpus (0 = all).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("bench", "Measure extraction throughput in MB/s.") { corpus, megabytes, threads, runs, files, json };
        command.SetAction(result => BenchCommand.Run(result.GetValue(corpus)!, result.GetValue(megabytes), result.GetValue(threads),
            result.GetValue(runs), result.GetValue(json), output, error, result.GetValue(files)));
        return command;
    }

    private static Command BenchSearch(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of real .txt plans the synthetic ones are made from.", DefaultValueFactory = _ => "corpus" };
        var plans = new Option<int>("--plans") { Description = "Synthetic plans to index.", DefaultValueFactory = _ => 10_000 };
        var queries = new Option<int>("--queries") { Description = "Mixed queries to time.", DefaultValueFactory = _ => 1_000 };
        var work = new Option<string?>("--work") { Description = "Folder for the synthetic corpus and its index (default: a temporary folder)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the synthetic corpus and index afterwards." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("bench-search", "Measure search latency and index size over a synthetic corpus made from the real plans.")
        {
            corpus, plans, queries, work, keep, json,
        };
        command.SetAction(result => SearchBenchCommand.Run(result.GetValue(corpus)!, Math.Max(1, result.GetValue(plans)), Math.Max(1, result.GetValue(queries)),
            result.GetValue(work), result.GetValue(keep), result.GetValue(json), output, error));
        return command;
    }

    private static Command BenchQuery(TextWriter output, TextWriter error)
    {
        var data = DataOption();
        var corpus = new Option<string>("--corpus") { Description = "The corpus the data folder was indexed from; the query mix is drawn from a sample of it.", DefaultValueFactory = _ => "corpus" };
        var queries = new Option<int>("--queries") { Description = "Search queries to time.", DefaultValueFactory = _ => 1_000 };
        var graphQueries = new Option<int>("--graph-queries") { Description = "Graph queries (cites, stale) to time.", DefaultValueFactory = _ => 100 };
        var sample = new Option<int>("--sample") { Description = "Plans of the corpus the queries are drawn from.", DefaultValueFactory = _ => 200 };
        var kindSeconds = new Option<double>("--kind-seconds") { Description = "Time limit per kind of query; a kind that reaches it is cut short and reported so.", DefaultValueFactory = _ => 60 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("bench-query", "Measure search and graph query latency on an existing data folder (read-only), hot.")
        {
            data, corpus, queries, graphQueries, sample, kindSeconds, json,
        };
        command.SetAction(r => QueryBenchCommand.Run(r.GetValue(data)!, r.GetValue(corpus)!, Math.Max(1, r.GetValue(queries)), Math.Max(0, r.GetValue(graphQueries)),
            Math.Clamp(r.GetValue(sample), 1, 200), Math.Max(0.1, r.GetValue(kindSeconds)), r.GetValue(json), output, error));
        return command;
    }
}
