using System.Text.Json;
using DanVan.Places;

namespace DanVan.Resolution;

/// <summary>
/// The 2025 merger (Nghị quyết 202/2025/QH15, in effect 01/7/2025, 63 → 34 units) from
/// corpus/registry/provinces.json: Trà Vinh is now part of Vĩnh Long, Bình Định of Gia Lai. Plans
/// are found by either name and show both.
/// </summary>
public sealed class ProvinceMap
{
    private readonly Dictionary<string, (string After, string Confidence, string? Source)> after;

    private ProvinceMap(Dictionary<string, (string, string, string?)> after, DateOnly? effective)
    {
        this.after = after;
        Effective = effective;
    }

    /// <summary>No merger known.</summary>
    public static ProvinceMap Empty { get; } = new(new Dictionary<string, (string, string, string?)>(StringComparer.Ordinal), null);

    /// <summary>The day the merged provinces began to operate.</summary>
    public DateOnly? Effective { get; }

    /// <summary>The unit a province belongs to after the merger ("Trà Vinh" → "Vĩnh Long"); itself when unchanged or unknown.</summary>
    public string After(string province) => after.TryGetValue(province, out var a) ? a.After : province;

    /// <summary>The confidence of the mapping for <paramref name="province"/>.</summary>
    public string? ConfidenceOf(string province) => after.TryGetValue(province, out var a) ? a.Confidence : null;

    /// <summary>Every old province that is now part of <paramref name="name"/>, the unit itself included; or the province of an old name.</summary>
    public IReadOnlyList<string> Expand(string name)
    {
        var official = Gazetteer.Find(name) ?? name;
        var parts = after.Where(p => p.Value.After == official || p.Value.After == name).Select(p => p.Key).ToList();
        if (!parts.Contains(official))
        {
            parts.Add(official);
        }

        return parts;
    }

    internal static ProvinceMap Parse(string json, string path)
    {
        using var document = Registry.ParseJson(json, path);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DanVanException($"{path}: expected an object with a \"provinces\" array");
        }

        DateOnly? effective = null;
        if (root.TryGetProperty("merger", out var merger) && Registry.Text(merger, "effective", $"{path}: merger") is { } text)
        {
            effective = DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw new DanVanException($"{path}: merger: effective \"{text}\" is not a date (YYYY-MM-DD)");
        }

        var map = new Dictionary<string, (string, string, string?)>(StringComparer.Ordinal);
        foreach (var (item, _, where) in Registry.Items(root, "provinces", path))
        {
            var name = Registry.Text(item, "name", where) ?? throw new DanVanException($"{where}: \"name\" is missing");
            var official = Gazetteer.Find(name) ?? throw new DanVanException($"{where} ({name}): not a province name before 2025");
            var afterName = Registry.Text(item, "after2025", where) ?? official;
            if (!map.TryAdd(official, (Gazetteer.Find(afterName) ?? afterName, Registry.Text(item, "confidence", where) ?? "unverified", Registry.Text(item, "source", where))))
            {
                throw new DanVanException($"{where} ({name}): appears twice");
            }
        }

        return new ProvinceMap(map, effective);
    }
}
