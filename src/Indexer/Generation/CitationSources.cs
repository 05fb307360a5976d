using DanVan.Resolution;

namespace DanVan.Generation;

/// <summary>
/// Everything a generated plan may cite, shared by all plans of a run: the registry's documents with
/// their popularity (16/CT-TTg, 114-KL/TW and 290-QĐ/TW very often, the rest a long tail), the pairs
/// cited together (217-QĐ/TW and 218-QĐ/TW), named laws, and a bounded memory of earlier plans.
/// </summary>
internal sealed class CitationSources
{
    /// <summary>How much more often a plan cites documents of its own subject.</summary>
    public const double ThemeBoost = 5;

    private readonly int[] partner;
    private readonly ProvinceMap provinces;

    public CitationSources(Registry registry)
    {
        Documents = CitableDocuments.FromRegistry(registry);
        partner = Enumerable.Repeat(-1, Documents.Count).ToArray();
        foreach (var (first, second) in CitableDocuments.Pairs(Documents))
        {
            (partner[first], partner[second]) = (second, first);
        }

        provinces = registry.Provinces;
        NewProvinces = [.. Places.Gazetteer.Provinces.Select(provinces.After).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The registry's dated documents.</summary>
    public IReadOnlyList<CitableDocument> Documents { get; }

    /// <summary>The 34 provinces after 01/7/2025 (names as the gazetteer writes them).</summary>
    public IReadOnlyList<string> NewProvinces { get; }

    /// <summary>The day the merged provinces began to operate (01/7/2025 unless provinces.json says otherwise).</summary>
    public DateOnly MergerEffective => provinces.Effective ?? new DateOnly(2025, 7, 1);

    /// <summary>Names of laws and resolutions.</summary>
    public IReadOnlyList<NamedDocument> Named { get; } = NamedDocuments.All;

    /// <summary>Earlier plans, per province after the merger.</summary>
    public EarlierPlans Earlier { get; } = new();

    /// <summary>The document cited together with document <paramref name="index"/>, or -1.</summary>
    public int PartnerOf(int index) => partner[index];

    /// <summary>The province a plan's earlier plans are kept under: its name after the merger (Bình Định's plans are Gia Lai's history).</summary>
    public string ProvinceKey(string province, DateOnly date) => date >= MergerEffective ? province : provinces.After(province);

    /// <summary>
    /// Cumulative citation weights for a plan of <paramref name="date"/> on <paramref name="theme"/>:
    /// nothing dated on or after the plan; a superseded document keeps <see cref="NoiseRates.StaleWeight"/>
    /// of its weight once its replacement is in force (the stale citations the product must find).
    /// </summary>
    public double[] Weights(DateOnly date, Theme theme)
    {
        var cumulative = new double[Documents.Count];
        var sum = 0.0;
        for (var i = 0; i < Documents.Count; i++)
        {
            var d = Documents[i];
            var weight = d.Date < date ? d.Popularity : 0;
            if (weight > 0 && Array.IndexOf(theme.Documents, d.Symbol) >= 0)
            {
                weight *= ThemeBoost;
            }

            if (d.ReplacedOn is { } replaced && replaced <= date)
            {
                weight *= NoiseRates.StaleWeight;
            }

            sum += weight;
            cumulative[i] = sum;
        }

        return cumulative;
    }
}
