using System.Xml;
using System.Xml.Linq;
using AtlasGen.Generator.Tests.FullSpecs;
using AtlasGen.TestData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Generator.Tests;

/// <summary>
/// Generated XML docs render: every doc comment is well-formed XML, the spec's Markdown and HTML arrive as XML doc
/// markup (links, bold, code, paragraphs), and nothing is left escaped or as raw Markdown.
/// </summary>
public sealed class GeneratedDocCommentTests
{
    private const string Spec = """
        openapi: 3.0.1
        info: {title: 'Docs & more', version: '1'}
        tags:
        - name: Widgets
          description: Manage **widgets**. See [the guide](https://example.com/guide?a=1&b=2) or [the list](#tag/Widgets).
        paths:
          /widgets:
            get:
              operationId: listWidgets
              tags: [Widgets]
              summary: List `Widget` items
              description: |-
                Returns the widgets. To learn more, see <a href="https://example.com/widgets" target="_blank">Widgets</a>.

                Connect with mongodb://<database>:27017 and keep an <abbr title="Amazon Resource Name">ARN</abbr> ready.<p>Costs 5&nbsp;USD; AT&T &amp; others use ``a`b``.</p>
              parameters:
              - {in: query, name: pretty, description: 'Flag that indicates whether the response body should be in the <a href="https://en.wikipedia.org/wiki/Prettyprint" target="_blank" rel="noopener noreferrer">prettyprint</a> format.', schema: {type: boolean}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Widget'}
        components:
          schemas:
            Widget:
              type: object
              description: A <b>widget</b> with an unclosed <strong> tag, a * star and **bold
              properties:
                totalCount: {type: integer, description: 'Total number of documents available. MongoDB Cloud omits this value if **includeCount** is false.'}
                kind: {type: string, enum: ['<', 'a&b', NONE], description: 'Kind, as <code>NONE</code> or <em>other</em>.'}
        """;

    [Fact]
    public void Spec_Markdown_and_HTML_become_XML_doc_markup()
    {
        var run = GeneratorHarness.RunClean(Spec);
        var docs = string.Join("\n", run.Sources.Select(s => s.SourceText.ToString()));

        Assert.Contains("Manage <b>widgets</b>. See <see href=\"https://example.com/guide?a=1&amp;b=2\">the guide</see> or the list.", docs);
        Assert.Contains("/// <summary>List <c>Widget</c> items</summary>", docs);
        Assert.Contains("see <see href=\"https://example.com/widgets\">Widgets</see>.", docs);
        Assert.Contains("/// <para/>", docs);
        Assert.Contains("mongodb://&lt;database&gt;:27017 and keep an ARN ready.", docs);
        Assert.Contains("Costs 5\u00a0USD; AT&amp;T &amp; others use <c>a`b</c>.", docs);
        Assert.Contains("the <see href=\"https://en.wikipedia.org/wiki/Prettyprint\">prettyprint</see> format.", docs);
        Assert.Contains("A <b>widget</b> with an unclosed &lt;strong&gt; tag, a * star and **bold", docs);
        Assert.Contains("omits this value if <b>includeCount</b> is false.", docs);
        Assert.Contains("Kind, as <c>NONE</c> or <i>other</i>.", docs);
        Assert.Contains("/// <summary>The value <c>&lt;</c>.</summary>", docs);
        Assert.Contains("/// <summary>The value <c>a&amp;b</c>.</summary>", docs);
        Assert.Contains("/// <summary>A typed client for Docs &amp; more:", docs);
        AssertDocsAreXml(run);
    }

    [Fact]
    public void Every_doc_comment_of_the_bundled_spec_is_XML_with_no_escaped_markup()
        => AssertDocsAreXml(GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), "spec/atlas-admin-v2.yaml"));

    [PublishedSpecsFact]
    public void Every_doc_comment_of_the_newest_published_spec_is_XML_with_no_escaped_markup()
        => AssertDocsAreXml(PublishedSpecCompilations.Get(PublishedSpecCompilations.Spec20260821));

    /// <summary>Each run of <c>///</c> lines parses as XML, and no markup is left escaped (&amp;lt;c&amp;gt;, &amp;lt;a href) or as Markdown bold.</summary>
    private static void AssertDocsAreXml(GeneratorRun run)
    {
        var comments = run.Sources.SelectMany(s => DocComments(s.HintName, s.SourceText.ToString())).ToList();
        Assert.NotEmpty(comments);
        var problems = new List<string>();
        foreach (var (where, xml) in comments)
        {
            try
            {
                XElement.Parse("<doc>" + xml + "</doc>", LoadOptions.PreserveWhitespace);
            }
            catch (XmlException ex)
            {
                problems.Add($"{where}: {ex.Message}\n{xml}");
            }

            foreach (var residue in new[] { "&lt;c&gt;", "&lt;a href", "&lt;/a&gt;", "&lt;b&gt;" })
            {
                if (xml.Contains(residue, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: escaped markup {residue}\n{xml}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {comments.Count} doc comments are broken:\n" + string.Join("\n\n", problems.Take(10)));

        // The compiler's own reading, as a consumer with GenerateDocumentationFile gets it: XML, crefs and params.
        var diagnose = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var reparsed = run.Compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), diagnose, t.FilePath));
        var compilation = run.Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(reparsed);
        var warnings = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, run.Describe(warnings));
    }

    private static IEnumerable<(string Where, string Xml)> DocComments(string hintName, string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                continue;
            }

            var first = i;
            var block = new List<string>();
            for (; i < lines.Length && lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal); i++)
            {
                block.Add(lines[i].TrimStart().Substring(3));
            }

            yield return ($"{hintName}:{first + 1}", string.Join("\n", block));
        }
    }
}
