using System.Globalization;
using System.Text.Json;
using DanVan.Citations;

namespace DanVan.Resolution;

/// <summary>
/// The registry of known documents (corpus/registry/documents.json) and the province map
/// (corpus/registry/provinces.json), checked as a whole: a file that does not parse, or that
/// contradicts itself (a cycle of replacements, a replacement dated before the document it replaces),
/// is refused with a message naming the file and the entry.
/// </summary>
public sealed class Registry
{
    /// <summary>File names inside the registry folder.</summary>
    public const string DocumentsFile = "documents.json", ProvincesFile = "provinces.json";

    private readonly Dictionary<string, RegistryEntry> byKey;
    private readonly Dictionary<string, List<RegistryEntry>> bySymbol;
    private readonly Dictionary<string, List<string>> replaces = new(StringComparer.Ordinal);

    private Registry(IReadOnlyList<RegistryEntry> entries, ProvinceMap provinces)
    {
        Entries = entries;
        Provinces = provinces;
        byKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        bySymbol = entries.GroupBy(e => e.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var replacement in entry.SupersededBy)
            {
                (replaces.TryGetValue(replacement, out var list) ? list : replaces[replacement] = []).Add(entry.Key);
            }
        }
    }

    /// <summary>An empty registry (no file yet): every status is unknown.</summary>
    public static Registry Empty { get; } = new([], ProvinceMap.Empty);

    /// <summary>All entries in file order.</summary>
    public IReadOnlyList<RegistryEntry> Entries { get; }

    /// <summary>The 2025 merger of provinces.</summary>
    public ProvinceMap Provinces { get; }

    /// <summary>The entry with this key, or null.</summary>
    public RegistryEntry? Find(string key) => byKey.GetValueOrDefault(key);

    /// <summary>Entries with this official symbol (several when the symbol was reused: 16/CT-TTg of 2016 and 2020).</summary>
    public IReadOnlyList<RegistryEntry> WithSymbol(string officialSymbol) => bySymbol.GetValueOrDefault(officialSymbol) ?? [];

    /// <summary>
    /// The registry's spelling of a symbol written without its Quốc hội term: "34/2007/PL-UBTVQH" is
    /// "34/2007/PL-UBTVQH11" when exactly one entry of that year completes it so. Otherwise the symbol itself.
    /// </summary>
    public string Complete(string officialSymbol, int? year)
    {
        if (bySymbol.ContainsKey(officialSymbol) || !char.IsLetter(officialSymbol[^1]))
        {
            return officialSymbol;
        }

        var completions = bySymbol.Keys
            .Where(s => s.Length > officialSymbol.Length && s.StartsWith(officialSymbol, StringComparison.Ordinal) && s[officialSymbol.Length..].All(char.IsAsciiDigit))
            .SelectMany(s => bySymbol[s])
            .Where(e => year is null || e.Date?.Year == year)
            .Select(e => e.Symbol)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return completions.Count == 1 ? completions[0] : officialSymbol;
    }

    /// <summary>Keys of the documents this one replaced.</summary>
    public IReadOnlyList<string> Replaces(string key) => replaces.GetValueOrDefault(key) ?? [];

    /// <summary>When the replacement of <paramref name="entry"/> took effect: the earliest in-force day of its replacements.</summary>
    public DateOnly? ReplacedOn(RegistryEntry entry)
    {
        DateOnly? earliest = null;
        foreach (var replacement in entry.SupersededBy)
        {
            if (Find(replacement)?.InForceFrom is { } day && (earliest is null || day < earliest))
            {
                earliest = day;
            }
        }

        return earliest;
    }

    /// <summary>Loads and checks the registry folder; throws <see cref="DanVanException"/> naming the file and entry at fault.</summary>
    public static Registry Load(string folder) =>
        Parse(Read(folder, DocumentsFile), Path.Combine(folder, DocumentsFile), Read(folder, ProvincesFile), Path.Combine(folder, ProvincesFile));

    private static string Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DanVanException($"{path}: cannot be read ({e.Message})", e);
        }
    }

    /// <summary>Parses the two files' texts; <paramref name="documentsPath"/> and <paramref name="provincesPath"/> name them in messages.</summary>
    public static Registry Parse(string documentsJson, string documentsPath, string provincesJson, string provincesPath)
    {
        var entries = ParseDocuments(documentsJson, documentsPath);
        Check(entries, documentsPath);
        return new Registry(entries, ProvinceMap.Parse(provincesJson, provincesPath));
    }

    private static List<RegistryEntry> ParseDocuments(string json, string path)
    {
        using var document = ParseJson(json, path);
        var entries = new List<RegistryEntry>();
        foreach (var (item, index, entry) in Items(document.RootElement, "documents", path))
        {
            var where = entry;
            var key = Text(item, "key", where) ?? throw new DanVanException($"{where}: \"key\" is missing");
            where = $"{path}: entry {index} ({key})";
            var symbolText = Text(item, "symbol", where) ?? throw new DanVanException($"{where}: \"symbol\" is missing");
            var symbol = DocumentSymbol.TryParse(symbolText) ?? throw new DanVanException($"{where}: \"{symbolText}\" is not a document symbol");
            var date = Date(item, "date", where);
            var year = date?.Year ?? symbol.Year;
            var (keySymbol, keyYear, _) = DocumentKey.Parse(key);
            if (keySymbol != symbol.Official || keyYear != year)
            {
                throw new DanVanException($"{where}: key should be \"{DocumentKey.For(symbol.Official, year, null)}\" (symbol@year)");
            }

            var statusText = Text(item, "status", where);
            var status = StatusNames.Parse(statusText ?? "unknown")
                ?? throw new DanVanException($"{where}: status \"{statusText}\" is not one of in_force, superseded, repealed, expired, unknown");
            var confidence = Text(item, "confidence", where) ?? "unverified";
            if (confidence is not ("confirmed" or "likely" or "unverified"))
            {
                throw new DanVanException($"{where}: confidence \"{confidence}\" is not one of confirmed, likely, unverified");
            }

            var replacements = new List<string>();
            if (item.TryGetProperty("supersededBy", out var by) && by.ValueKind == JsonValueKind.Array)
            {
                replacements.AddRange(by.EnumerateArray().Select(r => r.GetString() ?? ""));
            }

            entries.Add(new RegistryEntry(key, Text(item, "type", where) ?? symbol.CodeType ?? "Văn bản", symbol.Official, date,
                Text(item, "issuer", where), Text(item, "title", where), status, replacements, Date(item, "effectiveFrom", where),
                Text(item, "source", where), confidence, Text(item, "notes", where)));
        }

        return entries;
    }

    /// <summary>Duplicates, unknown replacements, replacements older than what they replace, cycles.</summary>
    private static void Check(List<RegistryEntry> entries, string path)
    {
        var byKey = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byKey.TryAdd(entry.Key, entry))
            {
                throw new DanVanException($"{path}: entry {entry.Key} appears twice");
            }
        }

        foreach (var entry in entries)
        {
            foreach (var replacement in entry.SupersededBy)
            {
                if (!byKey.TryGetValue(replacement, out var by))
                {
                    throw new DanVanException($"{path}: entry {entry.Key}: supersededBy \"{replacement}\" is not in the registry");
                }

                if (entry.Date is { } date && by.Date is { } byDate && byDate < date)
                {
                    throw new DanVanException($"{path}: entry {entry.Key}: its replacement {replacement} is dated {byDate:yyyy-MM-dd}, before the document itself ({date:yyyy-MM-dd})");
                }
            }
        }

        // A cycle of replacements: walk each chain, remembering the path.
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Walk(entry.Key, []);
        }

        void Walk(string key, List<string> chain)
        {
            if (chain.Contains(key))
            {
                throw new DanVanException($"{path}: entry {key}: replacements form a cycle ({string.Join(" → ", chain.SkipWhile(k => k != key).Append(key))})");
            }

            if (!done.Add(key))
            {
                return;
            }

            chain.Add(key);
            foreach (var next in byKey[key].SupersededBy)
            {
                Walk(next, chain);
            }

            chain.RemoveAt(chain.Count - 1);
        }
    }

    /// <summary>The objects of the array <paramref name="name"/> of a registry file, each with "file: entry N" for messages.</summary>
    internal static IEnumerable<(JsonElement Item, int Index, string Where)> Items(JsonElement root, string name, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new DanVanException($"{path}: expected an object with a \"{name}\" array");
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            index++;
            var where = $"{path}: entry {index}";
            yield return item.ValueKind == JsonValueKind.Object ? (item, index, where) : throw new DanVanException($"{where}: expected an object");
        }
    }

    internal static JsonDocument ParseJson(string json, string path)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new DanVanException($"{path}: not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message.Split('.')[0]}", e);
        }
    }

    internal static string? Text(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new DanVanException($"{where}: \"{name}\" should be a string");
    }

    private static DateOnly? Date(JsonElement item, string name, string where)
    {
        var text = Text(item, name, where);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DanVanException($"{where}: {name} \"{text}\" is not a date (YYYY-MM-DD)");
    }
}
