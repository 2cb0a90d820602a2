namespace Gongkai.Text;

/// <summary>Normalises report text for reading. (Placeholder: identity until the normalisation layer lands.)</summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original) => NormalizedText.Identity(original);
}
