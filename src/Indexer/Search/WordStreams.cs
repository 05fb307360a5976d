using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace DanVan.Search;

/// <summary>
/// A plan's text cut into words once, for its three word fields: <see cref="SearchSchema.Text"/> (the words),
/// <see cref="SearchSchema.Folded"/> (the words without diacritics) and <see cref="SearchSchema.Pairs"/> (words two by
/// two, folded and as written). Each field's analyzer would tokenize the text again (three tokenizer passes and a shingle filter: about a
/// tenth of indexing's CPU time). The fields hold exactly what the analyzers make (the queries still use them): a text whose words do
/// not stand one position apart (a word longer than the tokenizer takes is skipped, leaving a gap) is analysed by them.
/// The streams are the thread's own, made once (Lucene finds each attribute's class by reflection, under a lock): the
/// fields returned are good until the thread asks for the next plan's, so a document is written before the next is made.
/// </summary>
internal sealed class WordStreams
{
    [ThreadStatic]
    private static Replay[]? streams;

    private readonly char[] chars;
    private readonly int[] starts; // of each word in chars (lower case), then of its folded form
    private readonly int[] lengths;
    private readonly int[] foldedStarts;
    private readonly int[] foldedLengths;
    private readonly int[] offsets; // start and end in the text, two per word
    private readonly int count;
    private readonly int finalOffset;

    private static readonly WordStreams Empty = new([], [], [], [], [], [], 0, 0);

    private WordStreams(char[] chars, int[] starts, int[] lengths, int[] foldedStarts, int[] foldedLengths, int[] offsets, int count, int finalOffset) =>
        (this.chars, this.starts, this.lengths, this.foldedStarts, this.foldedLengths, this.offsets, this.count, this.finalOffset) =
        (chars, starts, lengths, foldedStarts, foldedLengths, offsets, count, finalOffset);

    /// <summary>The three word fields of <paramref name="text"/> (already normalized).</summary>
    public static IReadOnlyList<Field> Fields(string text)
    {
        if (Cut(text) is not { } words)
        {
            return
            [
                new TextField(SearchSchema.Text, text, Field.Store.NO),
                new TextField(SearchSchema.Folded, text, Field.Store.NO),
                new Field(SearchSchema.Pairs, text, SearchSchema.PairsField),
            ];
        }

        var replays = streams ??= [new Replay(Kind.Words), new Replay(Kind.Folded), new Replay(Kind.Pairs)];
        foreach (var replay in replays)
        {
            replay.Words = words;
        }

        return
        [
            new TextField(SearchSchema.Text, replays[0]),
            new TextField(SearchSchema.Folded, replays[1]),
            new Field(SearchSchema.Pairs, replays[2], SearchSchema.PairsField),
        ];
    }

    /// <summary>The words as <see cref="SearchSchema.Exact"/> cuts them, each also folded; null when two stand apart.</summary>
    private static WordStreams? Cut(string text)
    {
        var capacity = Math.Max(16, text.Length / 4);
        var chars = new char[text.Length * 2 + 16];
        var (starts, lengths, foldedStarts, foldedLengths, offsets) = (new int[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity * 2]);
        var (count, used, finalOffset) = (0, 0, text.Length);
        using (var stream = SearchSchema.Exact.GetTokenStream(SearchSchema.Text, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement != 1)
                {
                    return null;
                }

                if (count == starts.Length)
                {
                    Array.Resize(ref starts, count * 2);
                    Array.Resize(ref lengths, count * 2);
                    Array.Resize(ref foldedStarts, count * 2);
                    Array.Resize(ref foldedLengths, count * 2);
                    Array.Resize(ref offsets, count * 4);
                }

                // Room for the word and its folded form (folding can make up to four characters of one).
                var length = term.Length;
                if (used + length * 5 > chars.Length)
                {
                    Array.Resize(ref chars, Math.Max(chars.Length * 2, used + length * 5));
                }

                Array.Copy(term.Buffer, 0, chars, used, length);
                (starts[count], lengths[count]) = (used, length);
                used += length;
                if (NeedsFolding(term.Buffer, length))
                {
                    var folded = ASCIIFoldingFilter.FoldToASCII(term.Buffer, 0, chars, used, length);
                    (foldedStarts[count], foldedLengths[count]) = (used, folded - used);
                    used = folded;
                }
                else
                {
                    (foldedStarts[count], foldedLengths[count]) = (starts[count], length);
                }

                (offsets[count * 2], offsets[count * 2 + 1]) = (offset.StartOffset, offset.EndOffset);
                count++;
            }

            stream.End();
            finalOffset = offset.EndOffset;
        }

        return new WordStreams(chars, starts, lengths, foldedStarts, foldedLengths, offsets, count, finalOffset);
    }

    private static bool NeedsFolding(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] >= '\u0080')
            {
                return true;
            }
        }

        return false;
    }

    private enum Kind
    {
        Words,
        Folded,
        Pairs,
    }

    /// <summary>One field's tokens, replayed from the words: as the analyzer would make them, offsets included.</summary>
    private sealed class Replay : TokenStream
    {
        private readonly Kind kind;
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private readonly IOffsetAttribute offset;
        private int next;
        private bool writtenNext; // the pair just given was folded (a letter past ASCII in it): as written it comes next

        /// <summary>The plan's words, set before each document.</summary>
        public WordStreams Words { get; set; } = Empty;

        public Replay(Kind kind)
        {
            this.kind = kind;
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            var (i, words) = (next, Words);
            if (writtenNext)
            {
                // As the indexed pairs' analyzer does: the pair as written, at the place of its folded form.
                writtenNext = false;
                ClearAttributes();
                i--;
                term.CopyBuffer(words.chars, words.starts[i], words.lengths[i]);
                term.Append(' ');
                term.Append(words.chars, words.starts[i + 1], words.lengths[i + 1]);
                offset.SetOffset(words.offsets[i * 2], words.offsets[(i + 1) * 2 + 1]);
                increment.PositionIncrement = 0;
                return true;
            }

            if (i >= words.count - (kind == Kind.Pairs ? 1 : 0))
            {
                return false;
            }

            ClearAttributes();
            next++;
            increment.PositionIncrement = 1;
            switch (kind)
            {
                case Kind.Words:
                    term.CopyBuffer(words.chars, words.starts[i], words.lengths[i]);
                    offset.SetOffset(words.offsets[i * 2], words.offsets[i * 2 + 1]);
                    break;
                case Kind.Folded:
                    term.CopyBuffer(words.chars, words.foldedStarts[i], words.foldedLengths[i]);
                    offset.SetOffset(words.offsets[i * 2], words.offsets[i * 2 + 1]);
                    break;
                default:
                    term.CopyBuffer(words.chars, words.foldedStarts[i], words.foldedLengths[i]);
                    term.Append(' ');
                    term.Append(words.chars, words.foldedStarts[i + 1], words.foldedLengths[i + 1]);
                    offset.SetOffset(words.offsets[i * 2], words.offsets[(i + 1) * 2 + 1]);
                    writtenNext = words.foldedStarts[i] != words.starts[i] || words.foldedStarts[i + 1] != words.starts[i + 1];
                    break;
            }

            return true;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(Words.finalOffset, Words.finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            (next, writtenNext) = (0, false);
        }
    }
}
