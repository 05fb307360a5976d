namespace DanVan.Generation;

/// <summary>
/// A bounded memory of plans already generated, per province as it is after the 2025 merger, so a
/// later plan can cite an earlier one of its province ("Kế hoạch số 423/KH-UBND ngày 16/4/2021 của
/// UBND tỉnh Gia Lai"). Keeps the last <see cref="PerProvince"/> numbered plans of each province:
/// memory does not grow with the corpus.
/// </summary>
internal sealed class EarlierPlans
{
    /// <summary>Plans remembered per province.</summary>
    public const int PerProvince = 256;

    private readonly Dictionary<string, (CitableDocument[] Ring, int Count)> byProvince = new(StringComparer.Ordinal);

    /// <summary>Remembers a numbered plan.</summary>
    public void Add(string province, CitableDocument plan)
    {
        if (!byProvince.TryGetValue(province, out var slot))
        {
            slot = (new CitableDocument[PerProvince], 0);
        }

        slot.Ring[slot.Count % PerProvince] = plan;
        byProvince[province] = (slot.Ring, slot.Count + 1);
    }

    /// <summary>A remembered plan of <paramref name="province"/> dated before <paramref name="before"/>, or null (a few tries).</summary>
    public CitableDocument? Pick(string province, DateOnly before, Random random)
    {
        if (!byProvince.TryGetValue(province, out var slot) || slot.Count == 0)
        {
            return null;
        }

        var size = Math.Min(slot.Count, PerProvince);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var plan = slot.Ring[random.Next(size)];
            if (plan.Date < before)
            {
                return plan;
            }
        }

        return null;
    }
}
