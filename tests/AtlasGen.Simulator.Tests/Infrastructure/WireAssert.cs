namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>Checks on the wire that several operation tests make alike.</summary>
public static class WireAssert
{
    /// <summary>
    /// Deletes <paramref name="path"/>, which must answer <paramref name="deleted"/>; after that the resource is gone: a GET
    /// and a second DELETE are both answered 404 with Atlas's <paramref name="notFoundCode"/>.
    /// </summary>
    public static async Task AssertDeletedAsync(this WireClient wire, string path, HttpStatusCode deleted, string notFoundCode)
    {
        Assert.Equal(deleted, (await wire.DeleteAsync(path)).Status);
        foreach (var after in new[] { await wire.GetAsync(path), await wire.DeleteAsync(path) })
        {
            Assert.Equal((HttpStatusCode.NotFound, notFoundCode), (after.Status, after.ErrorCode));
        }
    }
}
