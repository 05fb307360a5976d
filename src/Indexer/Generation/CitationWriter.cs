using System.Globalization;

namespace DanVan.Generation;

/// <summary>
/// Writes the references of one plan into its text and their gold entries beside them: "Chỉ thị số
/// 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày
/// 12/12/2013 của Bộ Chính trị", "Kế hoạch số 423/KH-UBND ngày 16/4/2021 của UBND tỉnh Gia Lai",
/// "Chỉ thị 16" after a full mention, "Luật Tiếp công dân". Every date written is before the plan's.
/// </summary>
internal sealed class CitationWriter
{
    /// <summary>Share of citation slots that cite an earlier plan of the same province, when one exists.</summary>
    public const double EarlierPlanShare = 0.22;

    /// <summary>Share of citation slots that name a law or congress resolution instead of a symbol.</summary>
    public const double NamedShare = 0.05;

    private readonly Random random;
    private readonly PlanText text;
    private readonly CitationSources sources;
    private readonly DateOnly planDate;
    private readonly string province;
    private readonly string ownSymbol;
    private readonly double[] cumulative;
    private readonly List<CitableDocument> shortForms = [];
    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    public CitationWriter(Random random, PlanText text, CitationSources sources, DateOnly planDate, string province, string ownSymbol, Theme theme)
    {
        (this.random, this.text, this.sources, this.planDate, this.province, this.ownSymbol) = (random, text, sources, planDate, province, ownSymbol);
        cumulative = sources.Weights(planDate, theme);
    }

    /// <summary>Writes one reference of whatever kind the dice choose.</summary>
    public void Write()
    {
        var roll = random.NextDouble();
        if (shortForms.Count > 0 && roll < NoiseRates.ShortFormAfterFull)
        {
            WriteShortForm(shortForms[random.Next(shortForms.Count)]);
            return;
        }

        roll = random.NextDouble();
        if (roll < NamedShare && WriteNamed())
        {
            return;
        }

        if (roll < NamedShare + EarlierPlanShare && sources.Earlier.Pick(sources.ProvinceKey(province, planDate), planDate, random) is { } plan)
        {
            WriteFull(plan, local: true);
            return;
        }

        var total = cumulative[^1];
        if (total <= 0)
        {
            text.Append("các văn bản hướng dẫn của cấp trên");
            return;
        }

        var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
        index = Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
        var partner = sources.PartnerOf(index);
        if (partner >= 0 && cumulative[partner] > (partner == 0 ? 0 : cumulative[partner - 1]) && random.NextDouble() < NoiseRates.Coordinated)
        {
            WriteCoordinated(sources.Documents[Math.Min(index, partner)], sources.Documents[Math.Max(index, partner)]);
            return;
        }

        WriteFull(sources.Documents[index], local: false);
    }

    private void WriteFull(CitableDocument document, bool local)
    {
        var (date, issuer, dateNote) = DateAndIssuer(document);
        text.Append(document.Type).Append(random.NextDouble() < NoiseRates.WithoutSo ? " " : " số ");
        AppendSymbol(document.Symbol, document.Type, date, issuer, dateNote);
        AppendDateAndIssuer(date, issuer);
        if (document.Subject is { } subject && random.NextDouble() < 0.4)
        {
            AppendSubject(subject, document);
        }

        if (!local && document.Type != "Luật")
        {
            Remember(document);
        }
    }

    /// <summary>The subject, its own citations marked in gold ("về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của …").</summary>
    private void AppendSubject(string subject, CitableDocument document)
    {
        text.Append(" ");
        var from = 0;
        foreach (var (at, inner, date) in document.Embedded)
        {
            text.Append(subject[from..at]);
            text.AppendReference(inner.Symbol, new GoldEntry(inner.Symbol, inner.Type, date, null, null, null, "cited inside the subject of " + document.Symbol));
            from = at + inner.Symbol.Length;
        }

        text.Append(subject[from..]);
    }

    private void WriteCoordinated(CitableDocument first, CitableDocument second)
    {
        var (date, issuer, dateNote) = DateAndIssuer(first);
        text.Append(first.Type).Append(" số ");
        AppendSymbol(first.Symbol, first.Type, date, issuer, dateNote ?? "coordinated");
        text.Append(random.Next(3) switch { 0 => ", ", 1 => " và ", _ => $" và {first.Type} số " });
        AppendSymbol(second.Symbol, second.Type, date, issuer, dateNote ?? "coordinated");
        AppendDateAndIssuer(date, issuer);
        Remember(first);
        Remember(second);
    }

    private void WriteShortForm(CitableDocument document)
    {
        var phrase = document.Type + (random.Next(2) == 0 ? " " : " số ") + document.Number;
        text.AppendReference(phrase, new GoldEntry(null, document.Type, null, null, document.Symbol, null, "short form after a full mention"));
        if (random.Next(2) == 0)
        {
            text.Append(" của ").Append(document.Issuers[0]);
        }
    }

    private bool WriteNamed()
    {
        var candidates = sources.Named.Where(n => n.From < planDate && planDate <= n.Until).ToArray();
        if (candidates.Length == 0)
        {
            return false;
        }

        var named = candidates[random.Next(candidates.Length)];
        // "Đảng bộ tỉnh" as often as "Đảng bộ tỉnh Gia Lai"; a city's is "Đảng bộ thành phố".
        var unit = Agencies.IsCity(province) ? "thành phố" : "tỉnh";
        var words = named.Text.Replace("tỉnh", random.Next(2) == 0 ? unit : unit + " " + province, StringComparison.Ordinal);
        text.AppendReference(words, new GoldEntry(null, named.Type, null, null, named.ResolvesTo, null, "named, no symbol"));
        return true;
    }

    private void AppendSymbol(string symbol, string type, DateOnly? date, string? issuer, string? note)
    {
        var (writtenForm, kind, alt) = SymbolNoise.Apply(symbol, random, text.Break);
        var notes = string.Join("; ", new[] { kind, note }.Where(n => n is not null));
        text.AppendReference(writtenForm, new GoldEntry(symbol, type, date, issuer, null, alt, notes.Length == 0 ? null : notes));
    }

    /// <summary>Date and issuer as the text will give them (null when left out); a wrong date now and then, always before the plan.</summary>
    private (DateOnly? Date, string? Issuer, string? Note) DateAndIssuer(CitableDocument document)
    {
        // An earlier plan with the plan's own number and code (numbers restart every year) is always dated, as a writer would.
        DateOnly? date = random.NextDouble() < NoiseRates.WithoutDate && document.Symbol != ownSymbol ? null : document.Date;
        string? note = null;
        if (date is { } real && random.NextDouble() < NoiseRates.WrongDate)
        {
            date = real.AddDays(-random.Next(1, 40));
            note = $"wrong date: the document is of {real:dd/MM/yyyy}";
        }

        var issuer = random.NextDouble() < NoiseRates.WithoutIssuer ? null : document.Issuers[random.Next(document.Issuers.Length)];
        return (date, issuer, note);
    }

    private void AppendDateAndIssuer(DateOnly? date, string? issuer)
    {
        if (date is { } d)
        {
            var (day, month) = random.Next(2) == 0 ? (d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture)) : (d.Day.ToString("D2", CultureInfo.InvariantCulture), d.Month.ToString("D2", CultureInfo.InvariantCulture));
            text.Append(random.Next(6) switch
            {
                0 or 1 or 2 => $" ngày {day}/{month}/{d.Year}",
                3 => $", ngày {day}/{month}/{d.Year}",
                _ => $" ngày {day} tháng {month} năm {d.Year}",
            });
        }

        if (issuer is not null)
        {
            text.Append(" của ").Append(issuer);
        }
    }

    /// <summary>A document cited in full may come back as a short form, unless another cited one has the same type and number.</summary>
    private void Remember(CitableDocument document)
    {
        var key = document.Type + " " + document.Number;
        if (!written.Add(key + "@" + document.Symbol))
        {
            return;
        }

        if (written.Any(w => w.StartsWith(key + "@", StringComparison.Ordinal) && !w.EndsWith("@" + document.Symbol, StringComparison.Ordinal)))
        {
            shortForms.RemoveAll(s => s.Type + " " + s.Number == key);
            return;
        }

        shortForms.Add(document);
    }
}
