namespace DanVan.Text;

/// <summary>
/// Diacritics folding for matching keywords whatever the spelling: "Kết lúận" (scrambled), "Ket luan"
/// (typed without accents) and "KẾT LUẬN" all fold to "ket luan". One character in, one out, so a
/// folded text shares every offset with the text it came from.
/// </summary>
public static class Folding
{
    /// <summary>Folds a whole text: lower case, no tone or quality marks, đ → d.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = VietnameseLetters.Fold(source[i]);
        }
    });

    /// <summary>Folds one character.</summary>
    public static char Fold(char c) => VietnameseLetters.Fold(c);
}
