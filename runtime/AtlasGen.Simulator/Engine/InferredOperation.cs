using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>One operation the engine answers: its role, the collection (or singleton) it works on, and the item-path key parameter.</summary>
/// <param name="Route">The generated route.</param>
/// <param name="Role">What it does.</param>
/// <param name="CollectionTemplate">The collection's path template (the singleton's own path for singletons).</param>
/// <param name="KeyParameter">The item path's last parameter (<c>clusterName</c>); null on a collection or singleton.</param>
/// <param name="CollectionHasCreate">Whether any operation creates items in this collection: without one, Atlas makes the items, so a read materializes them.</param>
internal sealed record InferredOperation(OperationRoute Route, OperationRole Role, string CollectionTemplate, string? KeyParameter, bool CollectionHasCreate);
