using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DanVan.Ingest;

/// <summary>
/// PDF with PdfPig: the text layer in reading order, one line of the page per "\n", blocks and pages
/// apart by "\n\n", each page's first offset kept in <see cref="RawDocument.PageStarts"/> so a citation
/// can say "page 3". A page of seed 003 as Writer prints it reads
/// "Số: 614 /KH-UBND\n\nGia Lai, ngày 24 tháng 3 năm 2020\n\n…"; a reference wrapped at the margin stays
/// wrapped ("348-CTr/BDVTU-\nUBND"), the normalizer joins it. Refused, with the file named: a scan
/// without text ("no text layer (needs OCR)"), a password, a damaged file, more than
/// <see cref="MaxPages"/> pages, more than <see cref="TimeBudget"/> of parsing.
/// </summary>
internal static class PdfText
{
    /// <summary>More pages than this is not a plan: refused before any page is read.</summary>
    public const int MaxPages = 5000;

    /// <summary>Text beyond this many characters is refused (a plan is tens of kilobytes; 256 MB of PDF stays under it).</summary>
    public const int MaxChars = 64 * 1024 * 1024;

    /// <summary>
    /// Parsing longer than this is abandoned and reported. PdfPig has no cancellation: the parse runs on
    /// a worker that checks a token and the clock between pages, so an abandoned file stops at its next
    /// page, and a file is refused past its budget even when the timer that cancels it runs late (a
    /// busy thread pool).
    /// </summary>
    public static TimeSpan TimeBudget { get; } = TimeSpan.FromSeconds(60);

    /// <summary>A PDF header: at the start, or for a file named .pdf within the first kilobyte, as the format allows.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="namedPdf">True for a file named .pdf: the header may then follow up to a kilobyte of junk, as the format
    /// allows; any other file is a PDF only when it starts with the header (a web page quoting "%PDF-1.4" is not one).</param>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes, bool namedPdf) =>
        namedPdf ? bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0 : bytes.StartsWith("%PDF-"u8);

    /// <summary>Reads the text layer of <paramref name="bytes"/>; throws <see cref="DanVanException"/> naming <paramref name="path"/>.</summary>
    public static RawDocument Read(string path, byte[] bytes) => Read(path, bytes, TimeBudget);

    internal static RawDocument Read(string path, byte[] bytes, TimeSpan budget)
    {
        using var abandon = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => Extract(path, bytes, () => abandon.IsCancellationRequested || clock.Elapsed >= budget), CancellationToken.None);
        try
        {
            return work.WaitAsync(budget).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            abandon.Cancel();
            throw TooSlow(path, budget);
        }
        catch (OperationCanceledException)
        {
            throw TooSlow(path, budget);
        }
    }

    private static RawDocument Extract(string path, byte[] bytes, Func<bool> overBudget)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                throw new DanVanException($"{path}: {document.NumberOfPages} pages; the limit is {MaxPages}");
            }

            var layout = new PdfLayout(MaxChars);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (overBudget())
                {
                    throw new OperationCanceledException();
                }

                if (!layout.AddPage(document.GetPage(number)))
                {
                    throw new DanVanException($"{path}: more than {MaxChars / (1024 * 1024)} M characters of text; the limit is {MaxChars / (1024 * 1024)} M");
                }
            }

            if (!layout.HasText)
            {
                throw new DanVanException($"{path}: no text layer (needs OCR): {Pages(document.NumberOfPages)} of pictures only");
            }

            return new RawDocument(path, layout.Text, "pdf", bytes.LongLength) { PageStarts = layout.PageStarts };
        }
        catch (Exception e) when (e is DanVanException or OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DanVanException($"{path}: password-protected PDF (cannot be read without the password)", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws its own format exceptions and, on broken input, whatever the code under it
            // meets (index, argument, null, overflow): every one of them means the file is damaged.
            throw new DanVanException($"{path}: damaged PDF ({Reason(e)})", e);
        }
    }

    private static DanVanException TooSlow(string path, TimeSpan budget) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}: took longer than {budget.TotalSeconds:0.###} s to read; the PDF is too complex or damaged"));

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    /// <summary>The library's first line, which names what it met ("could not find the version header").</summary>
    private static string Reason(Exception e)
    {
        var message = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
        if (message.Length > 120)
        {
            message = message[..120] + "…";
        }

        return message.Length == 0 ? e.GetType().Name : message;
    }
}
