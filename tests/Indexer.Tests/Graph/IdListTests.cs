using DanVan.Graph;

namespace DanVan.Tests.Graph;

public class IdListTests
{
    [Fact]
    public void IdsComeBackAsTheyWentInWhateverTheirGaps()
    {
        long[] ids = [0, 1, 2, 127, 128, 16_511, 16_512, 3_000_000_000, long.MaxValue];
        var bytes = IdList.Encode(ids);
        Assert.Equal(ids, IdList.Decode(bytes));

        // A row of Ids numbered one after another: the first (5,000) in two bytes, each next in one.
        Assert.Equal(2 + 999, IdList.Encode(Enumerable.Range(5_000, 1_000).Select(i => (long)i)).Length);
        Assert.Empty(IdList.Decode(IdList.Encode([])));
    }

    [Fact]
    public void IdsOutOfOrderOrTwiceAreRefused()
    {
        Assert.Throws<ArgumentException>(() => IdList.Encode([5, 3]));
        Assert.Throws<ArgumentException>(() => IdList.Encode([5, 5]));
        Assert.Throws<ArgumentException>(() => IdList.Encode([-1]));
    }
}
