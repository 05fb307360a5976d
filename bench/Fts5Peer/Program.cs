using System.CommandLine;
using System.Text;

namespace DanVan.Bench.Fts5;

/// <summary>
/// `Fts5Peer --corpus W/corpus [--db W/fts5.db] [--data W/data] [--queries 1000] [--json]`: the SQLite
/// FTS5 peer of DanVan's search (see <see cref="Fts5Bench"/>). Wiring only.
/// </summary>
public static class Fts5Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var corpus = new Option<string>("--corpus") { Description = "Folder of .txt plans (as `danvan index` reads it).", DefaultValueFactory = _ => "corpus" };
        var database = new Option<string?>("--db") { Description = "The SQLite file to build (replaced; default: a temporary file, deleted afterwards)." };
        var data = new Option<string?>("--data") { Description = "A DanVan data folder of the same corpus, for the đ/d check's DanVan side." };
        var queries = new Option<int>("--queries") { Description = "Queries of the mix; its text kinds (3 of 7) are run.", DefaultValueFactory = _ => 1_000 };
        var kindSeconds = new Option<double>("--kind-seconds") { Description = "Time limit per kind of query.", DefaultValueFactory = _ => 60 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var root = new RootCommand("SQLite FTS5 peer of DanVan's search: build time and size, text query latency, the đ/d check.")
        {
            corpus, database, data, queries, kindSeconds, json,
        };
        root.SetAction(r => Fts5Bench.Run(r.GetValue(corpus)!, r.GetValue(database), r.GetValue(data), Math.Max(1, r.GetValue(queries)),
            Math.Max(0.1, r.GetValue(kindSeconds)), r.GetValue(json), Console.Out, Console.Error));
        return root.Parse(args).Invoke();
    }
}
