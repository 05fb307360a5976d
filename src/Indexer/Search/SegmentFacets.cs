using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DanVan.Search;

/// <summary>
/// One segment's facet values per plan, in memory: for each facet field the value numbers of every
/// plan, and every plan's year. Read once per segment (kept while the segment lives, shared by the
/// readers that reopen it) because counting from doc values on disk cost a read from the file per
/// plan once a search skipped plans (a sample): at 1M plans that was most of a broad search's time.
/// About 60 MB at 1M plans citing ten documents each.
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>The year of a plan that has none.</summary>
    public const int NoYear = int.MinValue;

    // Lazy: searches arriving together at a new segment read it once, not once each.
    private static readonly ConditionalWeakTable<object, Lazy<SegmentFacets>> Known = [];

    private SegmentFacets(AtomicReader reader, IReadOnlyList<string> fields, IReadOnlyList<bool> multiValued)
    {
        Values = new FieldValues?[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            Values[f] = multiValued[f] ? FieldValues.Multi(reader.GetSortedSetDocValues(fields[f]), reader.MaxDoc) : FieldValues.Single(reader.GetSortedDocValues(fields[f]), reader.MaxDoc);
        }

        Years = new int[reader.MaxDoc];
        var years = reader.GetNumericDocValues(SearchSchema.Year);
        var hasYear = reader.GetDocsWithField(SearchSchema.Year);
        for (var doc = 0; doc < Years.Length; doc++)
        {
            Years[doc] = years is not null && hasYear is not null && hasYear.Get(doc) ? (int)years.Get(doc) : NoYear;
        }
    }

    /// <summary>By the field's position in the list the counter asked with; null when no plan of the segment has the field.</summary>
    public FieldValues?[] Values { get; }

    /// <summary>Each plan's year, or <see cref="NoYear"/>.</summary>
    public int[] Years { get; }

    /// <summary>The values of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static SegmentFacets Of(AtomicReader reader, IReadOnlyList<string> fields, IReadOnlyList<bool> multiValued) =>
        Known.GetValue(reader.CoreCacheKey, _ => new Lazy<SegmentFacets>(() => new SegmentFacets(reader, fields, multiValued))).Value;

    /// <summary>
    /// A field's value numbers per plan: plan d has <c>Ords[Starts[d]..Starts[d+1]]</c>, or for a single-valued
    /// field (Starts null) <c>Ords[d]</c>, −1 when it has none.
    /// </summary>
    public sealed record FieldValues(int[]? Starts, int[] Ords, int ValueCount)
    {
        public static FieldValues? Multi(SortedSetDocValues? values, int maxDoc)
        {
            if (values is null)
            {
                return null;
            }

            var starts = new int[maxDoc + 1];
            var ords = new int[Math.Max(16, maxDoc * 2)];
            var n = 0;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = n;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    if (n == ords.Length)
                    {
                        Array.Resize(ref ords, ords.Length * 2);
                    }

                    ords[n++] = (int)ord;
                }
            }

            starts[maxDoc] = n;
            Array.Resize(ref ords, n);
            return new FieldValues(starts, ords, checked((int)values.ValueCount));
        }

        public static FieldValues? Single(SortedDocValues? values, int maxDoc)
        {
            if (values is null)
            {
                return null;
            }

            var ords = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                ords[doc] = values.GetOrd(doc);
            }

            return new FieldValues(null, ords, values.ValueCount);
        }
    }
}
