namespace AtlasGen.Simulator.Engine;

/// <summary>What an operation does to the resource its path names, inferred from its method and path structure.</summary>
internal enum OperationRole
{
    /// <summary>POST on a collection: adds an item.</summary>
    Create,

    /// <summary>GET on a collection: pages its items.</summary>
    List,

    /// <summary>GET on an item path.</summary>
    Read,

    /// <summary>PATCH on an item path: merges the body.</summary>
    Merge,

    /// <summary>PUT on an item path: replaces the body.</summary>
    Replace,

    /// <summary>DELETE on an item path.</summary>
    Delete,

    /// <summary>GET on a path with no collection: one document per parent.</summary>
    SingletonRead,

    /// <summary>PATCH or PUT on a singleton.</summary>
    SingletonUpdate,

    /// <summary>DELETE on a singleton.</summary>
    SingletonDelete,
}
