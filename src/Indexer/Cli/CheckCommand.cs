using System.Globalization;
using System.Text;
using System.Text.Json;
using DanVan.Checking;
using DanVan.Graph;
using DanVan.Ingest;
using DanVan.Resolution;

namespace DanVan.Cli;

/// <summary>
/// `danvan check FILE|- [--data DIR] [--registry DIR] [--json]`: every reference of a draft with its
/// verdict, one block each ("3:12  Quyết định số 290-QĐ/TW … superseded by 23-QĐ/TW@2021"), then
/// "N references, M need attention". Exit 0 when none does, 1 when some do, 2 when the draft or the
/// data cannot be read.
/// </summary>
public static class CheckCommand
{
    /// <summary>The registry used when the data folder has no index yet.</summary>
    public const string DefaultRegistry = "corpus/registry";

    /// <summary>Checks the draft in <paramref name="file"/> ("-": standard input, UTF-8).</summary>
    public static int Run(string file, string data, string registryFolder, bool json, TextWriter output, TextWriter error, Func<Stream> input)
    {
        CheckReport report;
        try
        {
            var text = file == "-" ? ReadStandardInput(input) : DocumentReader.Read(file).Text;
            var today = VietnamToday.Date;
            if (!File.Exists(Path.Combine(data, LiteDbCitationGraph.FileName)))
            {
                var registry = RegistryOnly(data, registryFolder, error);
                report = DraftChecker.RegistryOnly(registry).Check(text, today);
            }
            else
            {
                using var graph = OpenGraph(data);
                report = DraftChecker.Over(graph).Check(text, today);
            }
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(report, CliJson.Indented));
        }
        else
        {
            CheckText.Write(report, output);
        }

        return report.NeedAttention == 0 ? 0 : 1;
    }

    private static Registry RegistryOnly(string data, string registryFolder, TextWriter error)
    {
        if (!File.Exists(Path.Combine(registryFolder, Registry.DocumentsFile)))
        {
            throw new DanVanException($"{data}: no index here yet, and no registry in {registryFolder}; run `danvan index --data {data}` first, or give --registry DIR");
        }

        var registry = Registry.Load(registryFolder);
        error.WriteLine($"danvan: {data}: no index here yet; checking against the registry in {registryFolder} only (plan consensus is unavailable: no date is compared with what plans write, and \"unknown\" means not in the registry)");
        return registry;
    }

    /// <summary>The graph, or one line saying it is held by another program (LiteDB opens it for one process at a time).</summary>
    private static LiteDbCitationGraph OpenGraph(string data)
    {
        try
        {
            return LiteDbCitationGraph.Open(data);
        }
        catch (DanVanException e) when (e.InnerException is IOException io && IsLock(io))
        {
            throw new DanVanException($"{Path.Combine(data, LiteDbCitationGraph.FileName)}: in use by another program (the web server, or an index run); stop it or wait for it, then check again", e);
        }
    }

    // EWOULDBLOCK (11 on Linux, 35 on macOS) when a process holds the file exclusively; ERROR_SHARING_VIOLATION or
    // ERROR_LOCK_VIOLATION (32, 33) on Windows, where LiteDB's writer shares the file for reading only.
    private static bool IsLock(IOException e) =>
        (e.HResult & 0xFFFF) is 11 or 35 or 32 or 33 || e.Message.Contains("used by another process", StringComparison.OrdinalIgnoreCase);

    /// <summary>Standard input as UTF-8, with the same refusals as a file (empty, binary, not UTF-8, too large).</summary>
    private static string ReadStandardInput(Func<Stream> input)
    {
        const string Name = "standard input";
        using var stream = input();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DocumentReader.MaxBytes)
            {
                throw new DanVanException($"{Name}: too large (the limit is {DocumentReader.MaxBytes / (1024 * 1024)} MB)");
            }
        }

        return DocumentReader.Decode(Name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
