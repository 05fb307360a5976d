using System.CommandLine;

namespace DanVan.Cli;

/// <summary>The `danvan` command line: wiring only; each command lives in its own file.</summary>
public static class DanVanCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DanVan: citations, knowledge base and search for Vietnamese government plans.");
        root.Add(Extract(output, error));
        root.Add(Bench(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }

    private static Command Extract(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Plan files to read (.txt, .md)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per file (an array for several files)." };
        var command = new Command("extract", "List the documents each plan cites, with type, symbol, date, issuer and span.") { files, json };
        command.SetAction(result => ExtractCommand.Run(result.GetValue(files) ?? [], result.GetValue(json), output, error));
        return command;
    }

    private static Command Bench(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of .txt plans to repeat.", DefaultValueFactory = _ => "corpus" };
        var megabytes = new Option<int>("--mb") { Description = "Megabytes of text to extract from.", DefaultValueFactory = _ => 50 };
        var threads = new Option<int>("--threads") { Description = "Worker threads; 0 = all cores.", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Timed runs; the median is reported.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("bench", "Measure extraction throughput in MB/s.") { corpus, megabytes, threads, runs, json };
        command.SetAction(result => BenchCommand.Run(result.GetValue(corpus)!, result.GetValue(megabytes), result.GetValue(threads),
            result.GetValue(runs), result.GetValue(json), output, error));
        return command;
    }
}
