using DanVan.Resolution;

namespace DanVan.Tests.Resolution;

public class RegistryTests
{
    private static string Folder => Path.Combine(RepoPaths.Corpus, "registry");

    private static string Provinces => File.ReadAllText(Path.Combine(Folder, Registry.ProvincesFile));

    private static Registry Parse(string documents) => Registry.Parse(documents, "documents.json", Provinces, "provinces.json");

    [Fact]
    public void LoadsTheBundledRegistry()
    {
        var registry = Registry.Load(Folder);
        Assert.Equal(45, registry.Entries.Count);
        var qd290 = registry.Find("290-QĐ/TW@2010")!;
        Assert.Equal(DocumentStatus.Superseded, qd290.Status);
        Assert.Equal(["23-QĐ/TW@2021"], qd290.SupersededBy);
        Assert.Equal("confirmed", qd290.Confidence);
        Assert.Equal(new DateOnly(2021, 7, 30), registry.ReplacedOn(qd290));
        Assert.Equal(["290-QĐ/TW@2010"], registry.Replaces("23-QĐ/TW@2021"));
        // the same symbol, two documents
        Assert.Equal([2016, 2020], registry.WithSymbol("16/CT-TTg").Select(e => e.Date!.Value.Year).Order());
        // the Pháp lệnh is replaced by the Law on 01/7/2023, its effective date, not the day it was passed
        Assert.Equal(new DateOnly(2023, 7, 1), registry.ReplacedOn(registry.Find("34/2007/PL-UBTVQH11@2007")!));
    }

    [Fact]
    public void KnowsTheProvinceMerger()
    {
        var provinces = Registry.Load(Folder).Provinces;
        Assert.Equal("Vĩnh Long", provinces.After("Trà Vinh"));
        Assert.Equal("Gia Lai", provinces.After("Bình Định"));
        Assert.Equal("Hà Nội", provinces.After("Hà Nội"));
        Assert.Equal(new DateOnly(2025, 7, 1), provinces.Effective);
        Assert.Equal(["Bến Tre", "Trà Vinh", "Vĩnh Long"], provinces.Expand("Vĩnh Long").Order());
        Assert.Equal(["Trà Vinh"], provinces.Expand("Trà Vinh"));
    }

    public static TheoryData<string, string> BadRegistries => new()
    {
        { "{\"documents\": [ {\"key\": ", "documents.json: not valid JSON (line 1" },
        { "[1, 2]", "documents.json: expected an object with a \"documents\" array" },
        { """{"documents": [{"key": "16/CT-TTg@2016", "symbol": "16/CT-TTg", "date": "2016-05-16", "status": "valid"}]}""",
            "documents.json: entry 1 (16/CT-TTg@2016): status \"valid\" is not one of" },
        { """{"documents": [{"key": "16/CT-TTg@2017", "symbol": "16/CT-TTg", "date": "2016-05-16"}]}""",
            "documents.json: entry 1 (16/CT-TTg@2017): key should be \"16/CT-TTg@2016\"" },
        { """{"documents": [{"key": "16/CT-TTg@2016", "symbol": "16/CT-TTg", "date": "16/5/2016"}]}""",
            "documents.json: entry 1 (16/CT-TTg@2016): date \"16/5/2016\" is not a date" },
        { """{"documents": [{"key": "1/CT-TTg@2016", "symbol": "1/CT-TTg", "date": "2016-01-01", "supersededBy": ["2/CT-TTg@2017"]}]}""",
            "documents.json: entry 1/CT-TTg@2016: supersededBy \"2/CT-TTg@2017\" is not in the registry" },
        // a replacement dated before the document it replaces
        { """{"documents": [{"key": "1/CT-TTg@2016", "symbol": "1/CT-TTg", "date": "2016-05-01", "supersededBy": ["2/CT-TTg@2016"]}, {"key": "2/CT-TTg@2016", "symbol": "2/CT-TTg", "date": "2016-01-01"}]}""",
            "documents.json: entry 1/CT-TTg@2016: its replacement 2/CT-TTg@2016 is dated 2016-01-01, before the document itself (2016-05-01)" },
        // a cycle of replacements
        { """{"documents": [{"key": "1/CT-TTg@2016", "symbol": "1/CT-TTg", "supersededBy": ["2/CT-TTg@2016"], "date": "2016-01-01"}, {"key": "2/CT-TTg@2016", "symbol": "2/CT-TTg", "supersededBy": ["1/CT-TTg@2016"], "date": "2016-01-01"}]}""",
            "replacements form a cycle (1/CT-TTg@2016 → 2/CT-TTg@2016 → 1/CT-TTg@2016)" },
        { """{"documents": [{"key": "a@2016", "symbol": "not a symbol"}]}""", "documents.json: entry 1 (a@2016): \"not a symbol\" is not a document symbol" },
        { """{"documents": [{"key": "1/CT-TTg@2016", "symbol": "1/CT-TTg", "date": "2016-01-01"}, {"key": "1/CT-TTg@2016", "symbol": "1/CT-TTg", "date": "2016-01-01"}]}""",
            "documents.json: entry 1/CT-TTg@2016 appears twice" },
    };

    [Theory]
    [MemberData(nameof(BadRegistries))]
    public void RefusesABadRegistryNamingFileAndEntry(string documents, string message)
    {
        var e = Assert.Throws<DanVanException>(() => Parse(documents));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void RefusesABadProvinceFile()
    {
        var e = Assert.Throws<DanVanException>(() => Registry.Parse("""{"documents": []}""", "documents.json",
            """{"provinces": [{"name": "Atlantis", "after2025": "Gia Lai"}]}""", "provinces.json"));
        Assert.Equal("provinces.json: entry 1 (Atlantis): not a province name before 2025", e.Message);
    }
}
