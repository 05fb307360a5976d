using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// A quoted phrase ("đồng trong năm") matched and scored exactly as its <see cref="PhraseQuery"/>, whose word positions
/// are read only in plans that hold every pair of its folded words ("dong trong", "trong nam"): the pairs find the
/// candidates, the positions confirm them, and only then the phrase itself is scored there. Lucene's phrase scorer,
/// asked for the next match after a plan, reads positions in every plan holding all the words until one matches,
/// whatever else the query requires: at 1M plans a phrase of common words that matched nothing read them in most of the
/// index (432 ms), with its pairs required beside it.
/// </summary>
/// <param name="phrase">The phrase (words at positions 0, 1, 2…), as scored.</param>
/// <param name="candidates">Plans that may hold it: its pairs, all required; a superset of its matches.</param>
internal sealed class CheckedPhraseQuery(PhraseQuery phrase, Query candidates) : Query
{
    /// <summary>How many plans this thread has checked for a phrase, all queries together (what a search's phrases cost; tests read it).</summary>
    [ThreadStatic]
    internal static long PlansChecked;

    /// <summary>The phrase, as scored.</summary>
    public PhraseQuery Phrase { get; } = phrase;

    /// <summary>The plans that may hold the phrase.</summary>
    public Query Candidates { get; } = candidates;

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new CheckedWeight(this, Phrase.CreateWeight(searcher), searcher.Rewrite(Candidates).CreateWeight(searcher));

    public override void ExtractTerms(ISet<Term> terms) => Phrase.ExtractTerms(terms);

    public override string ToString(string field) => $"checked({Phrase.ToString(field)} in {Candidates.ToString(field)})";

    public override bool Equals(object? obj) => obj is CheckedPhraseQuery other && Phrase.Equals(other.Phrase) && Candidates.Equals(other.Candidates) && Boost == other.Boost;

    public override int GetHashCode() => HashCode.Combine(Phrase, Candidates, Boost);

    private sealed class CheckedWeight(CheckedPhraseQuery query, Weight phrase, Weight candidates) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => phrase.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => phrase.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc) => phrase.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (phrase.GetScorer(context, acceptDocs) is not { } scorer || candidates.GetScorer(context, acceptDocs) is not { } candidate)
            {
                return null;
            }

            var positions = query.Phrase.GetTerms().Select(t => context.AtomicReader.GetTermPositionsEnum(t)).ToArray();
            return positions.Any(p => p is null) ? null : new CheckedScorer(this, scorer, candidate, new PositionCheck(positions!));
        }
    }

    private sealed class CheckedScorer(Weight weight, Scorer phrase, Scorer candidates, PositionCheck check) : Scorer(weight)
    {
        private int doc = -1;

        public override int DocID => doc;

        public override int Freq => phrase.Freq;

        public override float GetScore() => phrase.GetScore();

        public override long GetCost() => candidates.GetCost();

        public override int NextDoc() => Confirm(candidates.NextDoc());

        public override int Advance(int target) => Confirm(candidates.Advance(target));

        private int Confirm(int candidate)
        {
            while (candidate != NO_MORE_DOCS && !check.Holds(candidate))
            {
                candidate = candidates.NextDoc();
            }

            if (candidate != NO_MORE_DOCS && phrase.Advance(candidate) != candidate)
            {
                // Both read the same positions; they cannot disagree.
                throw new InvalidOperationException($"the phrase and its check disagree at plan {candidate}");
            }

            return doc = candidate;
        }
    }

    /// <summary>
    /// Whether the words stand one after the other in a plan; asked for plans in increasing order. Every word is found in the
    /// plan before any position is read, and each word's positions only while some start still continues: the words of a
    /// phrase are common ("đồng trong năm"), the phrase itself rarely in a candidate.
    /// </summary>
    private sealed class PositionCheck(DocsAndPositionsEnum[] words)
    {
        private int[] starts = new int[16];
        private int[] next = new int[16];

        public bool Holds(int doc)
        {
            PlansChecked++;
            foreach (var word in words)
            {
                if ((word.DocID < doc ? word.Advance(doc) : word.DocID) != doc)
                {
                    return false;
                }
            }

            // The first word's positions are the starts; word i keeps those it stands at + i from (positions ascend).
            var count = Read(words[0], ref starts);
            for (var i = 1; i < words.Length && count > 0; i++)
            {
                var word = words[i];
                var (freq, kept, at) = (word.Freq, 0, 0);
                for (var k = 0; k < freq && at < count; k++)
                {
                    var position = word.NextPosition() - i;
                    while (at < count && starts[at] < position)
                    {
                        at++;
                    }

                    if (at < count && starts[at] == position)
                    {
                        Grow(ref next, kept + 1);
                        next[kept++] = position;
                        at++;
                    }
                }

                (starts, next) = (next, starts);
                count = kept;
            }

            return count > 0;
        }

        private static int Read(DocsAndPositionsEnum word, ref int[] into)
        {
            var freq = word.Freq;
            Grow(ref into, freq);
            for (var k = 0; k < freq; k++)
            {
                into[k] = word.NextPosition();
            }

            return freq;
        }

        private static void Grow(ref int[] array, int length)
        {
            if (array.Length < length)
            {
                Array.Resize(ref array, Math.Max(length, array.Length * 2));
            }
        }
    }
}
