using DanVan.Graph;

namespace DanVan.Pipeline;

/// <summary>
/// The stored plans, read beside the corpus walk in the order of their Ids, a thousand at a time. The walk visits files in the
/// ordinal order of their paths, the Ids' order, so the plan of each file is the next one read instead of a lookup: at a
/// million plans the lookups took 40 s of a 77 s run that found nothing to do. The answers are a lookup's whatever the
/// order: a file the order does not bring next (a new file, or an Id ordered otherwise) is looked up by its Id. Plans the
/// walk passes by are the ones whose files may be gone; each is kept when <paramref name="gone"/> says its file is not.
/// </summary>
internal sealed class StoredPlans(ICitationGraph graph, Func<string, bool> gone)
{
    private const int ReadAtOnce = 1_000;
    private readonly Queue<PlanRecord> ahead = new();
    private readonly List<string> removed = [];
    private string? last;
    private bool allRead;

    /// <summary>The stored plan of the file whose Id is <paramref name="id"/>, or null when there is none.</summary>
    public PlanRecord? Of(string id)
    {
        while (Next() is { } next && string.CompareOrdinal(next.Id, id) <= 0)
        {
            ahead.Dequeue();
            if (next.Id == id)
            {
                return next;
            }

            PassedBy(next.Id);
        }

        return graph.Plan(id);
    }

    /// <summary>Once the walk is over: the stored plans whose files are gone (passed by, or after the last file walked).</summary>
    public List<string> Removed()
    {
        while (Next() is { } next)
        {
            ahead.Dequeue();
            PassedBy(next.Id);
        }

        return removed;
    }

    private void PassedBy(string id)
    {
        if (gone(id))
        {
            removed.Add(id);
        }
    }

    private PlanRecord? Next()
    {
        if (ahead.Count == 0 && !allRead)
        {
            // Plans written by this run after the last read may come in a later read: their files were walked, and are not gone.
            var read = graph.PlansAfter(last, ReadAtOnce);
            foreach (var plan in read)
            {
                ahead.Enqueue(plan);
            }

            allRead = read.Count < ReadAtOnce;
            last = read.Count > 0 ? read[^1].Id : last;
        }

        return ahead.TryPeek(out var next) ? next : null;
    }
}
