using System.Text;

namespace Gongkai.Text;

/// <summary>Text decoded from bytes, with the encoding that was detected.</summary>
/// <param name="EncodingName">The detected encoding's web name, e.g. <c>utf-8</c>, <c>gb18030</c>, <c>big5</c>.</param>
/// <param name="LooksBinary">True when the bytes are not text in any supported encoding (e.g. NUL bytes, control characters).</param>
public sealed record DecodedText(string Text, string EncodingName, bool LooksBinary);

/// <summary>Decodes report bytes, detecting the encoding. (Placeholder: UTF-8 only until the normalisation layer lands.)</summary>
public static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes) => new(Encoding.UTF8.GetString(bytes), "utf-8", bytes.Contains((byte)0));
}
