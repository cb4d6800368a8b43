using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>One operation the engine answers: its role, the collection (or singleton) it works on, and the item-path key parameter.</summary>
/// <param name="Route">The generated route.</param>
/// <param name="Role">What it does.</param>
/// <param name="CollectionTemplate">The collection's path template (the singleton's own path for singletons).</param>
/// <param name="KeyParameter">The item path's last parameter (<c>clusterName</c>); null on a collection or singleton.</param>
/// <param name="CollectionHasCreate">Whether any operation creates items in this collection: without one, Atlas makes the items, so a read materializes them.</param>
/// <param name="CompositeKey">The item path's trailing parameters when more than one make the key (<c>{databaseName}/{username}</c>); null otherwise.</param>
internal sealed record InferredOperation(OperationRoute Route, OperationRole Role, string CollectionTemplate, string? KeyParameter, bool CollectionHasCreate, IReadOnlyList<string>? CompositeKey = null)
{
    /// <summary>The parameters whose values, joined by <c>/</c> in path order, are an item's key.</summary>
    public IReadOnlyList<string> KeyParameters => CompositeKey ?? (KeyParameter is null ? Array.Empty<string>() : new[] { KeyParameter });
}
