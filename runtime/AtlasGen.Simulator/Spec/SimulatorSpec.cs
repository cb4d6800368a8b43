namespace AtlasGen.Simulator.Spec;

/// <summary>
/// The spec a simulator serves: its operations and the schema facts its engine needs. The generator emits one per spec
/// item with <c>AtlasGenSimulatorBindings=true</c>, as <c>{ClientName}SimulatorSpec.Instance</c>; pass it as
/// <see cref="AtlasSimulatorOptions.Spec"/>.
/// </summary>
public sealed class SimulatorSpec
{
    /// <summary>A spec of these operations and object schemas.</summary>
    /// <param name="operations">Every operation, in spec order.</param>
    /// <param name="schemas">The object schemas the operations' <see cref="ResponseVersion.ResponseSchema"/> and properties point at.</param>
    public SimulatorSpec(IReadOnlyList<OperationRoute> operations, IReadOnlyList<SchemaObject> schemas)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(schemas);
        Operations = operations;
        Schemas = schemas;
    }

    /// <summary>Every operation, in spec order.</summary>
    public IReadOnlyList<OperationRoute> Operations { get; }

    /// <summary>The object schemas, addressed by index.</summary>
    public IReadOnlyList<SchemaObject> Schemas { get; }

    /// <summary>The object schema at <paramref name="index"/>, or null for -1.</summary>
    public SchemaObject? Schema(int index) => index >= 0 && index < Schemas.Count ? Schemas[index] : null;
}
