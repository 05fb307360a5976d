using System.Globalization;

namespace DanVan.Generation;

/// <summary>
/// Generates one realistic plan after another from one seed: "ỦY BAN NHÂN DÂN / TỈNH GIA LAI …
/// Số: 614/KH-UBND … Gia Lai, ngày 24 tháng 3 năm 2020 … KẾ HOẠCH …", a preamble of the documents it
/// implements, numbered sections (I., 1., a), dashes) of templated sentences with citations, and a
/// signer block; with the gold references of each. Plans dated before 01/7/2025 belong to one of the 63
/// provinces, later ones to one of the 34. The same seed gives the same plans, byte for byte.
/// </summary>
internal sealed class PlanGenerator(CitationSources sources, int seed)
{
    private static readonly DateOnly Last = new(2026, 3, 31);
    private readonly Random random = new(seed);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    /// <summary>Plan <paramref name="index"/> (named "000042.txt").</summary>
    public GeneratedPlan Next(int index)
    {
        var date = PlanDate();
        var merged = date >= sources.MergerEffective;
        var province = merged ? sources.NewProvinces[random.Next(sources.NewProvinces.Count)] : Places.Gazetteer.Provinces[random.Next(Places.Gazetteer.Provinces.Count)];
        var shown = merged && province == "Thừa Thiên Huế" ? "Huế" : province;
        var agency = PickAgency(date);
        var theme = Pick(SentenceTemplates.Themes, 1.0);
        var noise = new List<string>();
        bool Roll(double rate, string kind)
        {
            var hit = random.NextDouble() < rate;
            if (hit)
            {
                noise.Add(kind);
            }

            return hit;
        }

        var text = new PlanText(Roll(NoiseRates.WrappedLines, "wrapped"), 72 + random.Next(16));
        var unnumbered = Roll(NoiseRates.UnnumberedPlan, "unnumbered");
        var undated = Roll(NoiseRates.UndatedPlan, "undated");
        var oldTone = Roll(NoiseRates.OldToneStyle, "old-tone");
        var dropped = Roll(NoiseRates.DroppedGlyphs, "dropped-glyphs");
        var nfd = Roll(NoiseRates.NfdFile, "nfd");

        var number = unnumbered ? 0 : OwnNumber(province, agency.Code, date.Year);
        var symbol = agency.Party ? $"{number}-KH/{agency.Code}" : $"{number}/KH-{agency.Code}";
        var local = new LocalNames(shown, Agencies.IsCity(shown));
        var title = local.Fill(theme.Title.Replace("{year}", Year(date), StringComparison.Ordinal).Replace("{year5}", (date.Year + 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var self = local.Fill(agency.CitedAs[0]);

        Header(text, agency, local, unnumbered ? (agency.Party ? $"Số -KH/{agency.Code}" : $"Số: /KH-{agency.Code}") : OwnSymbolLine(symbol, agency.Party), date, undated, title);
        var citations = new CitationWriter(random, text, sources, date, shown, symbol, theme);
        var body = new PlanBody(random, text, citations, theme, local, date, self, merged);
        body.Write();
        Signature(text, agency, local);

        var (raw, placed) = text.Finish();
        var references = Place(raw, placed, oldTone, dropped, nfd, out var final);
        if (!unnumbered)
        {
            sources.Earlier.Add(sources.ProvinceKey(shown == "Huế" ? province : shown, date), new CitableDocument(symbol, "Kế hoạch", date,
                [.. agency.CitedAs.Select(local.Fill)], "về " + char.ToLowerInvariant(title[0]) + title[1..], 1, null));
        }

        return new GeneratedPlan(index.ToString("D6", CultureInfo.InvariantCulture) + ".txt", final, references, date, shown, noise);
    }

    private static List<GoldReference> Place(string raw, List<(int Start, int End, GoldEntry Entry)> placed, bool oldTone, bool dropped, bool nfd, out string final)
    {
        final = raw;
        if (oldTone)
        {
            final = TextNoise.OldToneStyle(final);
        }

        if (dropped)
        {
            final = TextNoise.DropGlyphs(final);
        }

        int[]? map = null;
        if (nfd)
        {
            (final, map) = TextNoise.ToNfd(final);
        }

        var references = new List<GoldReference>(placed.Count);
        foreach (var (start, end, entry) in placed)
        {
            var (s, e) = map is null ? (start, end) : (map[start], map[end]);
            var issuer = entry.Issuer is { } i && (oldTone || dropped) ? Written(i, oldTone, dropped) : entry.Issuer;
            references.Add(new GoldReference(issuer == entry.Issuer ? entry : entry with { Issuer = issuer }, s, final[s..e]));
        }

        return references;
    }

    private static string Written(string issuer, bool oldTone, bool dropped)
    {
        var written = oldTone ? TextNoise.OldToneStyle(issuer) : issuer;
        return dropped ? TextNoise.DropGlyphs(written) : written;
    }

    private static void Header(PlanText text, Agency agency, LocalNames local, string symbolLine, DateOnly date, bool undated, string title)
    {
        if (agency.Upper.Length > 0)
        {
            text.Line(local.Fill(agency.Upper));
        }

        foreach (var line in local.Fill(agency.Name).Split('\n'))
        {
            text.Line(line);
        }

        text.Line(agency.Party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        if (!agency.Party)
        {
            text.Line("Độc lập - Tự do - Hạnh phúc");
        }

        text.Line(symbolLine);
        var place = local.Province == "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : local.Province;
        text.Line(undated ? $"{place}, ngày      tháng      năm {date.Year}" : $"{place}, ngày {date.Day:D2} tháng {(date.Month <= 2 ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : Year(date.Month))} năm {date.Year}");
        text.Line("");
        text.Line("KẾ HOẠCH");
        text.Line(char.ToUpperInvariant(title[0]) + title[1..]);
        text.Line("");
    }

    private string OwnSymbolLine(string symbol, bool party)
    {
        var cut = symbol.IndexOfAny(['/', '-']);
        var written = random.NextDouble() < NoiseRates.SymbolSpacing ? symbol[..cut] + " " + symbol[cut..] : symbol; // "Số: 614 /KH-UBND" (seed 004)
        return party ? "Số " + written : "Số: " + written;
    }

    private void Signature(PlanText text, Agency agency, LocalNames local)
    {
        text.Line("");
        text.Line("Nơi nhận:");
        foreach (var to in new[] { "- Như trên;", agency.Party ? "- Ban Thường vụ Tỉnh ủy (b/c);" : "- Thường trực Tỉnh ủy (b/c);", "- Các sở, ban, ngành;", $"- Lưu: VT, {agency.Code}." })
        {
            text.Line(local.Fill(to));
        }

        foreach (var line in agency.Signature)
        {
            text.Line(local.Fill(line));
        }

        text.Line("");
        text.Line($"{Pick(Agencies.FamilyNames, 0.8)} {Pick(Agencies.MiddleNames, 0.5)} {Pick(Agencies.GivenNames, 0.3)}");
    }

    private DateOnly PlanDate()
    {
        // Years weighted towards recent ones (more plans are published online each year); 2026 up to March.
        while (true)
        {
            var year = 2010 + (int)Math.Floor(Math.Sqrt(random.NextDouble()) * 17);
            var date = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            if (date <= Last)
            {
                return date;
            }
        }
    }

    private Agency PickAgency(DateOnly date)
    {
        var total = Agencies.All.Sum(a => a.Weight);
        while (true)
        {
            var roll = random.Next(total);
            foreach (var (agency, weight) in Agencies.All)
            {
                if ((roll -= weight) < 0)
                {
                    if (agency.Until is null || date <= agency.Until)
                    {
                        return agency;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Numbers restart every year per issuer and grow by a few at a time (others' plans in between).</summary>
    private int OwnNumber(string province, string code, int year)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{province}|{code}|{year}");
        var next = numbers.GetValueOrDefault(key) + 1 + random.Next(code == "UBND" ? 30 : 6);
        numbers[key] = next;
        return next;
    }

    /// <summary>An element, earlier ones more often (Zipf-like with exponent <paramref name="skew"/>).</summary>
    private T Pick<T>(IReadOnlyList<T> items, double skew)
    {
        var index = (int)Math.Floor(items.Count * Math.Pow(random.NextDouble(), 1 + skew));
        return items[Math.Min(index, items.Count - 1)];
    }

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string Year(int value) => value.ToString(CultureInfo.InvariantCulture);
}
