using System.Globalization;
using System.Text;
using System.Text.Json;
using DanVan.Citations;
using DanVan.Ingest;

namespace DanVan.Cli;

/// <summary>`danvan extract FILE... [--json]`: the citations of each plan, for people or for tools.</summary>
public static class ExtractCommand
{
    /// <summary>Extracts from each file; a file that cannot be read is reported on <paramref name="error"/> and the rest go on. Exit 1 if any failed.</summary>
    public static int Run(IReadOnlyList<string> files, bool json, TextWriter output, TextWriter error)
    {
        var failed = 0;
        var several = files.Count > 1;
        if (json && several)
        {
            output.WriteLine("[");
        }

        var first = true;
        foreach (var file in files)
        {
            RawDocument document;
            try
            {
                document = DocumentReader.Read(file);
            }
            catch (DanVanException e)
            {
                error.WriteLine($"danvan: {e.Message}");
                failed++;
                continue;
            }

            var result = CitationExtractor.Extract(document.Text);
            if (json)
            {
                if (!first)
                {
                    output.WriteLine(",");
                }

                output.Write(ToJson(file, document, result));
            }
            else
            {
                WriteHuman(output, file, document, result);
            }

            first = false;
        }

        if (json && several)
        {
            output.WriteLine();
            output.WriteLine("]");
        }
        else if (json && !first)
        {
            output.WriteLine();
        }

        return failed == 0 ? 0 : 1;
    }

    private static string ToJson(string file, RawDocument document, ExtractionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExtractionJson.Options))
        {
            ExtractionJson.Write(writer, file, document.Text, result, document.Format, document.PageAt);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteHuman(TextWriter output, string file, RawDocument document, ExtractionResult result)
    {
        var d = result.Document;
        output.WriteLine(document.Format == "text" ? file : $"{file} ({document.Format}{(document.PageStarts.Count > 0 ? $", {document.PageStarts.Count} pages" : "")})");
        output.WriteLine($"  {d.Type ?? "(type unknown)"} {d.Symbol ?? d.SymbolPattern ?? "(no number)"}: {d.Title ?? "(no title)"}");
        var date = d.Date is { } known ? Format(known) : d.DateLowerBound is { } bound ? $"not dated; after {Format(bound)}" : "not dated";
        output.WriteLine($"  {d.Place ?? "-"}, {date} · province {d.Province ?? "-"} · {d.Agency ?? "agency unknown"} · signed {d.Signer ?? "-"}");
        output.WriteLine($"  {result.Citations.Count} citation(s)");
        foreach (var c in result.Citations)
        {
            var what = c.Form switch
            {
                CitationForm.Full => c.Symbol,
                CitationForm.ShortForm => $"\"{Flatten(c.Text)}\" = {c.ResolvedSymbol ?? c.ShortFormOf}",
                _ => $"\"{Flatten(c.Text)}\"{(c.ResolvedSymbol is null ? "" : $" = {c.ResolvedSymbol}")}",
            };
            var cited = c.Date is { } citedDate ? Format(citedDate) : "-";
            var page = document.PageAt(c.Span.Start) is { } p ? $"  (page {p})" : "";
            output.WriteLine($"    {c.Span.Start,6}  {c.Type,-14} {what}  {cited}  {c.Issuer ?? ""}{page}".TrimEnd());
        }

        output.WriteLine();
    }

    private static string Flatten(string text) => Scan.Collapse(text);

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
