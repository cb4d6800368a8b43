namespace AtlasGen.Generator.Model;

/// <summary>Everything the emitter needs for one spec file. Holds only strings, numbers, bools and equatable arrays.</summary>
/// <param name="EmitSimulatorBindings">Emit <c>{ClientName}SimulatorSpec</c> for AtlasGen.Simulator (AtlasGenSimulatorBindings=true).</param>
internal sealed record ApiModel(
    string Namespace,
    string ClientName,
    string Title,
    string? Description,
    EquatableArray<TypeModel> Types,
    EquatableArray<TagModel> Tags,
    bool EmitServerContext,
    bool EmitSimulatorBindings = false);

/// <summary>A diagnostic, kept as plain data so that it caches; turned into a Roslyn Diagnostic at output time.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, string FilePath, int Line, int Column, EquatableArray<string> MessageArgs);

/// <summary>The result of parsing one spec: a model (null when nothing could be generated) and its diagnostics.</summary>
internal sealed record SpecParseResult(string FilePath, ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
