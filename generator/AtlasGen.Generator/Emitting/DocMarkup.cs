using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Emitting;

/// <summary>
/// Turns a spec's prose (Markdown with inline HTML, as the Atlas specs write it) into XML documentation markup:
/// links become <c>&lt;see href&gt;</c>, bold <c>&lt;b&gt;</c>, code <c>&lt;c&gt;</c>, and paragraphs are
/// separated by a blank line, which <see cref="SourceWriter.Doc"/> writes as <c>&lt;para/&gt;</c>. Everything else
/// is text, escaped: the result is always well-formed XML, whatever the spec holds.
/// </summary>
internal static class DocMarkup
{
    private static readonly Regex s_paragraphTag = new(@"</?p(\s[^<>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_blankLine = new(@"\n[ \t]*\n", RegexOptions.CultureInvariant);
    private static readonly Regex s_htmlTag = new(@"\G<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^<>]*?)?)\s*(/?)>", RegexOptions.CultureInvariant);
    private static readonly Regex s_href = new(@"\bhref\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // HTML elements with an XML doc equivalent; others that wrap text (abbr, span, ...) keep the text only.
    private static readonly Dictionary<string, string> s_elements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = "b", ["strong"] = "b", ["i"] = "i", ["em"] = "i", ["code"] = "c",
    };

    private static readonly HashSet<string> s_textOnlyElements = new(StringComparer.OrdinalIgnoreCase) { "abbr", "span", "u", "small", "sup", "sub" };

    /// <summary>The prose as XML doc markup; null when there is none.</summary>
    public static string? FromSpec(string? prose)
    {
        if (string.IsNullOrWhiteSpace(prose))
        {
            return null;
        }

        var text = s_paragraphTag.Replace(SourceWriter.NormalizeNewLines(prose!), "\n\n");
        var paragraphs = new List<string>();
        foreach (var paragraph in s_blankLine.Split(text))
        {
            if (paragraph.Trim().Length > 0)
            {
                paragraphs.Add(Inline(paragraph.Trim()));
            }
        }

        return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }

    /// <summary>One paragraph: code spans, bold, links and the known HTML elements; the rest escaped.</summary>
    private static string Inline(string text)
    {
        var output = new StringBuilder();
        var plain = new StringBuilder();
        void Flush()
        {
            output.Append(Text(plain.ToString()));
            plain.Clear();
        }

        for (var i = 0; i < text.Length;)
        {
            if (TryCodeSpan(text, i, out var code, out var next)
                || TryBold(text, i, out code, out next)
                || TryMarkdownLink(text, i, out code, out next)
                || TryHtmlElement(text, i, out code, out next))
            {
                Flush();
                output.Append(code);
                i = next;
                continue;
            }

            // An unclosed run of backticks is text as a whole, not the start of a shorter code span.
            var literal = Math.Max(1, BacktickRun(text, i));
            plain.Append(text, i, literal);
            i += literal;
        }

        Flush();
        return output.ToString();
    }

    /// <summary>`code` (any run of backticks, closed by a run of the same length): literal text, no Markdown or entities inside.</summary>
    private static bool TryCodeSpan(string text, int start, out string markup, out int next)
    {
        markup = "";
        next = start;
        var run = BacktickRun(text, start);
        for (var search = start + run; run > 0 && search < text.Length;)
        {
            var close = text.IndexOf('`', search);
            if (close < 0)
            {
                break;
            }

            var closeRun = BacktickRun(text, close);
            if (closeRun == run)
            {
                var content = text.Substring(start + run, close - start - run).Replace('\n', ' ').Trim();
                markup = content.Length == 0 ? "" : "<c>" + SourceWriter.Escape(XmlChars(content)) + "</c>";
                next = close + run;
                return true;
            }

            search = close + closeRun;
        }

        return false;
    }

    private static int BacktickRun(string text, int start)
    {
        var run = 0;
        while (start + run < text.Length && text[start + run] == '`')
        {
            run++;
        }

        return run;
    }

    /// <summary>**bold** or __bold__, closed within the paragraph.</summary>
    private static bool TryBold(string text, int start, out string markup, out int next)
    {
        markup = "";
        next = start;
        if (start + 1 >= text.Length || text[start] != text[start + 1] || (text[start] != '*' && text[start] != '_'))
        {
            return false;
        }

        var delimiter = text.Substring(start, 2);
        var close = text.IndexOf(delimiter, start + 2, StringComparison.Ordinal);
        if (close <= start + 2 || char.IsWhiteSpace(text[start + 2]) || char.IsWhiteSpace(text[close - 1]))
        {
            return false;
        }

        markup = "<b>" + Inline(text.Substring(start + 2, close - start - 2)) + "</b>";
        next = close + 2;
        return true;
    }

    /// <summary>[text](url): a link for an absolute URL; for a relative one (an anchor in the spec's own web page), the text.</summary>
    private static bool TryMarkdownLink(string text, int start, out string markup, out int next)
    {
        markup = "";
        next = start;
        if (text[start] != '[')
        {
            return false;
        }

        var closeBracket = text.IndexOf(']', start + 1);
        if (closeBracket < 0 || closeBracket + 1 >= text.Length || text[closeBracket + 1] != '(')
        {
            return false;
        }

        var closeParen = text.IndexOf(')', closeBracket + 2);
        if (closeParen < 0)
        {
            return false;
        }

        var url = text.Substring(closeBracket + 2, closeParen - closeBracket - 2).Trim();
        if (url.IndexOfAny(new[] { ' ', '\n', '\t' }) >= 0)
        {
            return false;
        }

        markup = Link(url, Inline(text.Substring(start + 1, closeBracket - start - 1)));
        next = closeParen + 1;
        return true;
    }

    /// <summary>&lt;a href&gt;, &lt;b&gt;/&lt;strong&gt;, &lt;i&gt;/&lt;em&gt;, &lt;code&gt;, &lt;br&gt;, and text-only wrappers; only when closed in the paragraph.</summary>
    private static bool TryHtmlElement(string text, int start, out string markup, out int next)
    {
        markup = "";
        next = start;
        var open = text[start] == '<' ? s_htmlTag.Match(text, start) : Match.Empty;
        if (!open.Success)
        {
            return false;
        }

        var name = open.Groups[1].Value;
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            markup = "<br/>";
            next = open.Index + open.Length;
            return true;
        }

        var isLink = name.Equals("a", StringComparison.OrdinalIgnoreCase) && s_href.IsMatch(open.Groups[2].Value);
        if (open.Groups[3].Value == "/" || !(isLink || s_elements.ContainsKey(name) || s_textOnlyElements.Contains(name)))
        {
            return false;
        }

        var closeTag = "</" + name + ">";
        var close = text.IndexOf(closeTag, open.Index + open.Length, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return false;
        }

        var inner = text.Substring(open.Index + open.Length, close - open.Index - open.Length);
        next = close + closeTag.Length;
        if (isLink)
        {
            var href = s_href.Match(open.Groups[2].Value);
            markup = Link(WebUtility.HtmlDecode(href.Groups[1].Success ? href.Groups[1].Value : href.Groups[2].Value), Inline(inner));
        }
        else if (s_elements.TryGetValue(name, out var element))
        {
            var content = element == "c" ? Text(inner) : Inline(inner);
            markup = content.Length == 0 ? "" : $"<{element}>{content}</{element}>";
        }
        else
        {
            markup = Inline(inner);
        }

        return true;
    }

    private static string Link(string url, string textMarkup)
    {
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        if (!absolute)
        {
            return textMarkup;
        }

        var href = SourceWriter.Escape(url).Replace("\"", "&quot;");
        return textMarkup.Length == 0 ? $"<see href=\"{href}\"/>" : $"<see href=\"{href}\">{textMarkup}</see>";
    }

    /// <summary>Plain text: HTML entities read as the characters they stand for, then escaped for XML.</summary>
    private static string Text(string text) => SourceWriter.Escape(XmlChars(WebUtility.HtmlDecode(text)));

    /// <summary>The text without the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    private static string XmlChars(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
