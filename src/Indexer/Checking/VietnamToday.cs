namespace DanVan.Checking;

/// <summary>
/// Today as it is in Vietnam (UTC+7, no daylight saving): a draft is judged at the day its writers
/// live in, not the server's, which on a UTC host is still yesterday until 07:00 in Hà Nội.
/// </summary>
public static class VietnamToday
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The current date in Vietnam.</summary>
    public static DateOnly Date => DateOnly.FromDateTime(DateTime.UtcNow + Offset);
}
