namespace DanVan.Graph;

/// <summary>
/// Ascending Ids in few bytes: each one's difference from the one before, seven bits a byte, the high bit set on every
/// byte but a number's last. A batch's citations are numbered in a row, so most take one byte.
/// </summary>
public static class IdList
{
    /// <summary>The bytes of <paramref name="ascending"/> (each greater than the one before, none negative).</summary>
    public static byte[] Encode(IEnumerable<long> ascending)
    {
        var bytes = new List<byte>();
        var before = 0L;
        foreach (var id in ascending)
        {
            if (id < before || (id == before && bytes.Count > 0))
            {
                throw new ArgumentException($"Ids must ascend: {id} after {before}", nameof(ascending));
            }

            var gap = (ulong)(id - before);
            while (gap >= 0x80)
            {
                bytes.Add((byte)(gap | 0x80));
                gap >>= 7;
            }

            bytes.Add((byte)gap);
            before = id;
        }

        return [.. bytes];
    }

    /// <summary>The Ids <paramref name="bytes"/> hold, ascending.</summary>
    public static List<long> Decode(byte[] bytes)
    {
        var ids = new List<long>(bytes.Length);
        var (id, gap, shift) = (0L, 0UL, 0);
        foreach (var b in bytes)
        {
            gap |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                id += (long)gap;
                ids.Add(id);
                (gap, shift) = (0, 0);
            }
            else
            {
                shift += 7;
            }
        }

        return ids;
    }
}
