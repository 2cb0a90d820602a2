namespace Gongkai.Text;

/// <summary>
/// Text after normalisation (<see cref="TextNormalizer"/>), with a map from every position in it back to
/// the original text, so a cell read from the normalised text can say what was written and where.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] toOriginal;

    /// <param name="original">The text before normalisation.</param>
    /// <param name="value">The normalised text.</param>
    /// <param name="toOriginal">For each index of <paramref name="value"/>, and one past its end, the index in <paramref name="original"/> it came from. Must be non-decreasing.</param>
    public NormalizedText(string original, string value, int[] toOriginal)
    {
        if (toOriginal.Length != value.Length + 1)
        {
            throw new ArgumentException("The map needs one entry per normalised character plus one for the end.", nameof(toOriginal));
        }

        Original = original;
        Value = value;
        this.toOriginal = toOriginal;
    }

    /// <summary>The text as received (decoded, before normalisation).</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>The index in <see cref="Original"/> that normalised index <paramref name="offset"/> came from.</summary>
    public int ToOriginal(int offset) => toOriginal[Math.Clamp(offset, 0, toOriginal.Length - 1)];

    /// <summary>The original text behind the normalised range [offset, offset + length).</summary>
    public string OriginalSlice(int offset, int length)
    {
        var start = ToOriginal(offset);
        var end = length == 0 ? start : ToOriginal(offset + length - 1) + 1;
        end = Math.Max(end, ToOriginal(offset + length));
        end = Math.Min(end, Original.Length);
        return end <= start ? string.Empty : Original[start..end].Trim();
    }

    /// <summary>A normalised text identical to <paramref name="text"/> (the identity map).</summary>
    public static NormalizedText Identity(string text)
    {
        var map = new int[text.Length + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = i;
        }

        return new NormalizedText(text, text, map);
    }
}
