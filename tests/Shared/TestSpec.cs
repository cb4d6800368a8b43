namespace AtlasGen.Tests.Shared;

/// <summary>
/// The two lines every hand-written test spec starts with, so that a spec in a test shows only what the test is about,
/// from <c>paths:</c> on. The title reaches generated doc comments only; no test reads it. Linked into the test projects.
/// </summary>
internal static class TestSpec
{
    /// <summary>The OpenAPI version Atlas publishes in, and an info block; ends with a line break.</summary>
    public const string Header = "openapi: 3.0.1\ninfo: {title: Test API, version: '1'}\n";
}
