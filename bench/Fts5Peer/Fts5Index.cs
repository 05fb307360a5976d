using System.Diagnostics;
using DanVan.Cli;
using DanVan.Ingest;
using DanVan.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Bench.Fts5;

/// <summary>What building the FTS5 table took: plans, megabytes of files read, seconds, and the database file's size.</summary>
public sealed record Fts5Build(int Plans, int Failed, double Megabytes, double Seconds, double DatabaseMegabytes);

/// <summary>
/// The peer's index: one SQLite database holding
/// <c>CREATE VIRTUAL TABLE plans USING fts5(path UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')</c>,
/// filled from the corpus text normalized as DanVan normalizes it (NFC, one tone style, Ð → Đ:
/// "Uỷ ban" is stored as "Ủy ban"). unicode61 with remove_diacritics 2 lower-cases and strips
/// combining marks, so "quản lý" and "quan ly" both match "quản lý"; whether "đ" folds to "d" is
/// what <see cref="Fts5Bench"/> measures.
/// </summary>
public sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection connection;

    private Fts5Index(SqliteConnection connection) => this.connection = connection;

    /// <summary>The SQLite library's version (the one bundled with Microsoft.Data.Sqlite, not the system's).</summary>
    public string SqliteVersion => (string)Scalar("SELECT sqlite_version()")!;

    /// <summary>
    /// Creates <paramref name="database"/> anew and fills it with every .txt plan of <paramref name="corpus"/>
    /// (registry/ left out) in one transaction: reading, normalizing and inserting are all timed, as
    /// `danvan index` times reading, extracting and storing.
    /// </summary>
    public static (Fts5Index Index, Fts5Build Build) Create(string database, string corpus, TextWriter error)
    {
        foreach (var file in new[] { database, database + "-journal", database + "-wal" })
        {
            File.Delete(file);
        }

        var clock = Stopwatch.StartNew();
        var index = new Fts5Index(Open(database));
        index.Execute("CREATE VIRTUAL TABLE plans USING fts5(path UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')");
        int plans = 0, failed = 0;
        long bytes = 0;
        using (var transaction = index.connection.BeginTransaction())
        {
            using var insert = index.connection.CreateCommand();
            insert.CommandText = "INSERT INTO plans(path, body) VALUES ($path, $body)";
            var path = insert.Parameters.Add("$path", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var file in CorpusSample.Walk(corpus))
            {
                try
                {
                    var text = TextNormalizer.Normalize(DocumentReader.Read(file).Text).Text;
                    bytes += new FileInfo(file).Length;
                    path.Value = Path.GetRelativePath(corpus, file).Replace('\\', '/');
                    body.Value = text;
                    insert.ExecuteNonQuery();
                    plans++;
                }
                catch (DanVanException e)
                {
                    error.WriteLine($"fts5: skipped {e.Message}");
                    failed++;
                }
            }

            transaction.Commit();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var size = new FileInfo(database).Length;
        return (index, new Fts5Build(plans, failed, Math.Round(bytes / 1e6, 2), Math.Round(seconds, 2), Math.Round(size / 1e6, 2)));
    }

    /// <summary>Opens an in-memory index of the given texts (for probing the tokenizer).</summary>
    public static Fts5Index InMemory(IEnumerable<string> texts)
    {
        var index = new Fts5Index(Open(":memory:"));
        index.Execute("CREATE VIRTUAL TABLE plans USING fts5(path UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')");
        foreach (var text in texts)
        {
            using var insert = index.connection.CreateCommand();
            insert.CommandText = "INSERT INTO plans(path, body) VALUES ('probe', $body)";
            insert.Parameters.AddWithValue("$body", TextNormalizer.Normalize(text).Text);
            insert.ExecuteNonQuery();
        }

        return index;
    }

    /// <summary>How many plans match an FTS5 query expression.</summary>
    public long Count(string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM plans WHERE plans MATCH $q";
        command.Parameters.AddWithValue("$q", match);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The best <paramref name="limit"/> plans by bm25, each with a snippet of its matched words in [brackets], read to the end.</summary>
    public IReadOnlyList<(string Path, double Score, string Snippet)> Top(string match, int limit = 10)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, bm25(plans), snippet(plans, 1, '[', ']', '…', 24) FROM plans WHERE plans MATCH $q ORDER BY bm25(plans) LIMIT $limit";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<(string, double, string)>();
        while (reader.Read())
        {
            hits.Add((reader.GetString(0), reader.GetDouble(1), reader.GetString(2)));
        }

        return hits;
    }

    public void Dispose() => connection.Dispose();

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
