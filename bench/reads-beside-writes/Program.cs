// Whether LiteDB keeps reads on other threads apart from a write transaction on one thread.
//   dotnet run -c Release --project bench/reads-beside-writes -- plain|danvan SECONDS [locked]
// plain: LiteDB's own file; danvan: the graph's files (DurableFiles); locked: reads and transactions kept apart by a
// reader-writer lock, as LiteDbCitationGraph did at 56fd2bc (reads still beside each other; the graph now gives every
// read its turn, 7a4aab1). Prints the transactions, the reads and the reads that failed.
using DanVan.Graph;
using LiteDB;
using LiteDB.Engine;

if (args.Length < 2 || args[0] is not ("plain" or "danvan") || !int.TryParse(args[1], out var seconds))
{
    Console.Error.WriteLine("usage: reads-beside-writes plain|danvan SECONDS [locked]");
    return 2;
}

var (mode, locked) = (args[0], args.Length > 2 && args[2] == "locked");
var folder = Directory.CreateTempSubdirectory("reads-beside-writes-").FullName;
var path = Path.Combine(folder, "t.db");
var files = mode == "danvan" ? new DurableFiles(path) : null;
var db = files is null
    ? new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = Collation.Binary })
    : new LiteDatabase(new LiteEngine(files.Settings()), mapper: null, disposeOnClose: true);
var docs = db.GetCollection("docs");
docs.EnsureIndex("SymbolIn", "$.SymbolIn");
var random = new Random(1);
string Symbol(Random r) => $"{r.Next(20_000)}/KH-UBND\u001fP{r.Next(60)}";
BsonDocument Doc(int id) => new() { ["_id"] = id, ["SymbolIn"] = Symbol(random), ["Pad"] = new string('x', random.Next(50, 3_000)) };
var count = 0;
for (var b = 0; b < 20; b++, count += 4_000)
{
    db.BeginTrans();
    docs.Insert(Enumerable.Range(count, 4_000).Select(Doc));
    db.Commit();
}

var gate = new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion);
var stop = DateTime.UtcNow.AddSeconds(seconds);
long reads = 0, failed = 0, transactions = 0;
var readers = Enumerable.Range(0, 3).Select(t => Task.Run(() =>
{
    var r = new Random(100 + t);
    while (DateTime.UtcNow < stop)
    {
        if (locked) gate.EnterReadLock();
        try
        {
            _ = docs.Find(BsonExpression.Create("$.SymbolIn = @0", Symbol(r))).Count();
            _ = docs.FindById(r.Next(Volatile.Read(ref count)));
            Interlocked.Increment(ref reads);
        }
        catch (LiteException e)
        {
            if (Interlocked.Increment(ref failed) <= 3) Console.WriteLine($"read failed: {e.Message}");
        }
        finally
        {
            if (locked) gate.ExitReadLock();
        }
    }
})).ToArray();

try
{
    while (DateTime.UtcNow < stop)
    {
        if (locked) gate.EnterWriteLock();
        try
        {
            db.BeginTrans();
            docs.Insert(Enumerable.Range(count, 4_000).Select(Doc));
            for (var i = 0; i < 2_000; i++)
            {
                if (docs.FindById(random.Next(count)) is { } d)
                {
                    d["Pad"] = new string('y', random.Next(50, 3_000));
                    docs.Update(d);
                }
            }

            for (var i = 0; i < 200; i++) docs.Delete(random.Next(count));
            db.Commit();
            files?.Sync();
        }
        finally
        {
            if (locked) gate.ExitWriteLock();
        }

        Volatile.Write(ref count, count + 4_000);
        transactions++;
    }
}
catch (LiteException e)
{
    Console.WriteLine($"a transaction failed: {e.Message}");
}

Task.WaitAll(readers);
Console.WriteLine($"{mode}{(locked ? ", locked" : "")}: {transactions} write transactions, {reads} reads, {failed} failed");
db.Dispose();
files?.Dispose();
Directory.Delete(folder, recursive: true);
return failed > 0 ? 1 : 0;
