namespace AtlasGen.Generator.Model;

/// <summary>One spec file with the options that apply to it. The first step's output: text and strings only.</summary>
internal sealed record SpecInput(string FilePath, string Text, GeneratorOptions Options);

/// <summary>Options from MSBuild properties and the AdditionalFiles item's metadata.</summary>
/// <param name="Tags">Comma- or semicolon-separated tags to generate; empty for all.</param>
/// <param name="EmitSimulatorBindings">Also emit the route table and the engine's bindings AtlasGen.Simulator serves (implies the server context).</param>
internal sealed record GeneratorOptions(string Namespace, string ClientName, string Tags, bool EmitServerContext, EquatableArray<string> Problems, bool EmitSimulatorBindings = false);
