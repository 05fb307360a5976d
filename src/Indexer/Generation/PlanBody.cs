using System.Globalization;

namespace DanVan.Generation;

/// <summary>
/// A province's words in templates: "{UNIT} {P}" is "TỈNH GIA LAI" or "THÀNH PHỐ ĐÀ NẴNG"; in a city
/// "tỉnh" reads "thành phố" and "Tỉnh ủy" reads "Thành ủy".
/// </summary>
internal sealed record LocalNames(string Province, bool City)
{
    public string Fill(string template)
    {
        var filled = template.Replace("{P}", Province.ToUpperInvariant(), StringComparison.Ordinal).Replace("{p}", Province, StringComparison.Ordinal)
            .Replace("{UNIT}", City ? "THÀNH PHỐ" : "TỈNH", StringComparison.Ordinal);
        return City
            ? filled.Replace("Tỉnh ủy", "Thành ủy", StringComparison.Ordinal).Replace("TỈNH ỦY", "THÀNH ỦY", StringComparison.Ordinal)
                .Replace("Tỉnh đoàn", "Thành đoàn", StringComparison.Ordinal).Replace("tỉnh", "thành phố", StringComparison.Ordinal)
            : filled;
    }
}

/// <summary>
/// The body of a generated plan: the preamble ("Thực hiện Chỉ thị số 16/CT-TTg …; Sở Nội vụ ban hành
/// Kế hoạch … như sau:"), I. MỤC ĐÍCH, YÊU CẦU, II. NHIỆM VỤ VÀ GIẢI PHÁP with a), b) items,
/// III. KINH PHÍ THỰC HIỆN, IV. TỔ CHỨC THỰC HIỆN by department, and the closing sentence.
/// </summary>
internal sealed class PlanBody(Random random, PlanText text, CitationWriter citations, Theme theme, LocalNames local, DateOnly date, string self, bool merged)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    public void Write()
    {
        text.Append(SentenceTemplates.Preambles[random.Next(SentenceTemplates.Preambles.Length)]).Append(" ");
        var cited = 1 + random.Next(5);
        for (var i = 0; i < cited; i++)
        {
            citations.Write();
            text.Append(i + 1 < cited ? "; " : "");
        }

        text.Append("; ").Append(self).Append(" ban hành Kế hoạch ").Append(local.Fill(theme.Title.Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year5}", (date.Year + 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))).Append(", cụ thể như sau:");
        text.EndParagraph();

        Heading(0, "MỤC ĐÍCH, YÊU CẦU");
        Paragraph("1. Mục đích");
        Items(2 + random.Next(3), "- ");
        Paragraph("2. Yêu cầu");
        Items(2 + random.Next(3), "- ");

        Heading(1, random.Next(2) == 0 ? "NHIỆM VỤ VÀ GIẢI PHÁP" : "NỘI DUNG THỰC HIỆN");
        var tasks = 2 + random.Next(4);
        for (var t = 1; t <= tasks; t++)
        {
            text.Append($"{t}. ");
            Sentence("{Verb} {phrase}");
            text.EndParagraph();
            Sentence(SentenceTemplates.Sentences[random.Next(SentenceTemplates.Sentences.Length)]);
            text.Append(" ");
            Sentence(SentenceTemplates.Sentences[random.Next(SentenceTemplates.Sentences.Length)]);
            text.EndParagraph();
            var items = random.Next(4);
            for (var i = 0; i < items; i++)
            {
                text.Append($"{(char)('a' + i)}) ");
                Sentence(SentenceTemplates.Sentences[random.Next(SentenceTemplates.Sentences.Length)]);
                text.EndParagraph();
            }
        }

        Heading(2, "KINH PHÍ THỰC HIỆN");
        Paragraph(SentenceTemplates.Funding[random.Next(SentenceTemplates.Funding.Length)]);

        Heading(3, "TỔ CHỨC THỰC HIỆN");
        var departments = 2 + random.Next(4);
        var start = random.Next(Agencies.Departments.Length);
        for (var d = 1; d <= departments; d++)
        {
            var department = d == 1 ? Agencies.DepartmentOfInformation(date) : Agencies.Departments[(start + d) % Agencies.Departments.Length];
            text.Append($"{d}. {local.Fill(department)}");
            text.EndParagraph();
            Sentence(SentenceTemplates.Duties[random.Next(SentenceTemplates.Duties.Length)]);
            text.Append(" ");
            Sentence(SentenceTemplates.Duties[random.Next(SentenceTemplates.Duties.Length)]);
            text.EndParagraph();
        }

        text.Append($"{departments + 1}. {local.Fill(Agencies.LocalUnits(merged))}");
        text.EndParagraph();
        Paragraph(SentenceTemplates.Duties[1]);
        Paragraph(SentenceTemplates.Closings[random.Next(SentenceTemplates.Closings.Length)]);
    }

    private void Heading(int number, string title)
    {
        text.Append(Roman[number]).Append(". ").Append(title);
        text.EndParagraph();
    }

    private void Paragraph(string template)
    {
        Sentence(template);
        text.EndParagraph();
    }

    private void Items(int count, string bullet)
    {
        for (var i = 0; i < count; i++)
        {
            text.Append(bullet);
            Sentence(SentenceTemplates.Sentences[random.Next(SentenceTemplates.Sentences.Length)]);
            text.EndParagraph();
        }
    }

    /// <summary>Writes a template, filling each "{slot}"; "{cite}" writes a citation.</summary>
    private void Sentence(string template)
    {
        var from = 0;
        while (from < template.Length)
        {
            var open = template.IndexOf('{', from);
            if (open < 0)
            {
                text.Append(local.Fill(template[from..]));
                return;
            }

            text.Append(local.Fill(template[from..open]));
            var close = template.IndexOf('}', open);
            var slot = template[(open + 1)..close];
            if (slot == "cite")
            {
                citations.Write();
            }
            else
            {
                var filled = Slot(slot);
                text.Append(filled.Contains('{', StringComparison.Ordinal) ? Expand(filled) : local.Fill(filled));
            }

            from = close + 1;
        }
    }

    private string Expand(string template) => local.Fill(template.Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", (1 + random.Next(12)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private string Slot(string slot) => slot switch
    {
        "Verb" => One(SentenceTemplates.Verbs),
        "verb" => Lower(One(SentenceTemplates.Verbs)),
        "object" => One(SentenceTemplates.Objects),
        "place" => One(SentenceTemplates.Places),
        "goal" => One(SentenceTemplates.Goals),
        "group" => One(SentenceTemplates.Groups),
        "time" => One(SentenceTemplates.Times),
        "theme" => random.Next(3) == 0 ? One(theme.Phrases) : Lower(theme.Title),
        "phrase" => One(theme.Phrases),
        "recipient" => self,
        "agency" => self,
        "year" => date.Year.ToString(CultureInfo.InvariantCulture),
        "year5" => (date.Year + 4).ToString(CultureInfo.InvariantCulture),
        _ => slot,
    };

    private string One(string[] items) => items[random.Next(items.Length)];

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
